workers :auto
bind 'unix:///tmp/web_server.sock'
pidfile '/tmp/web_server.pid'
