workers 2
bind 'unix:///tmp/web_server.sock'
pidfile '/tmp/web_server.pid'

before_worker_boot do
  puts "worker booted"
end
