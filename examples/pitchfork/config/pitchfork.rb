# the one way measured to get a PID file: the monitor writes its own PID once it is ready
listen "/tmp/web_server.sock"
worker_processes 2

after_monitor_ready do |server|
  File.write("/tmp/web_server.pid", "#{Process.pid}\n")
  server.logger.info("monitor pid=#{Process.pid} ready")
end
