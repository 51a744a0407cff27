worker_processes 2
listen "/tmp/web_server.sock"
pid "/tmp/web_server.pid"
preload_app true

before_fork do |server, worker|
  # after a USR2 the new master stops the old one (Cloud 66's Unicorn sample)
  old_pid = "#{server.config[:pid]}.oldbin"
  if File.exist?(old_pid) && server.pid != old_pid
    Process.kill("QUIT", File.read(old_pid).to_i) rescue nil
  end
end
