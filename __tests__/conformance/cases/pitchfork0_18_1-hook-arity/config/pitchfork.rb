# set_hook requires exactly one block parameter for after_monitor_ready
listen "/tmp/web_server.sock"
worker_processes 2

after_monitor_ready do
  File.write("/tmp/web_server.pid", Process.pid.to_s)
end
