workers 2
bind 'unix:///tmp/web_server.sock'
pidfile '/tmp/web_server.pid'

cluster do
  workers 4
end
