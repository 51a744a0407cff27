is_deployed = !!ENV['STACK_PATH']
if is_deployed
  bind "unix://#{ENV['CUSTOM_WEB_SOCKET_FILE']}"
  pidfile ENV['CUSTOM_WEB_PID_FILE']
else
  port 3000
end
workers ENV["RACK_ENV"] == "production" ? 2 : 0
