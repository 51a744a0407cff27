workers 2
preload_app! false
bind 'unix:///tmp/web_server.sock'
pidfile '/tmp/web_server.pid'
