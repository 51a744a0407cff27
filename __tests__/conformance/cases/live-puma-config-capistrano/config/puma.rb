# Capistrano style: the socket and PID file under shared/
app_dir = File.expand_path("../..", __FILE__)
shared_dir = "#{app_dir}/shared"
environment ENV.fetch("RAILS_ENV") { "production" }
bind "unix://#{shared_dir}/sockets/puma.sock"
pidfile "#{shared_dir}/pids/puma.pid"
state_path "#{shared_dir}/pids/puma.state"
