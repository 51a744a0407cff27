workers 2
prune_bundler
bind 'unix:///tmp/web_server.sock'
pidfile '/tmp/web_server.pid'

on_worker_boot do
  puts "worker booted"
end

on_restart do
  puts "restarting"
end

on_booted do
  puts "booted"
end
