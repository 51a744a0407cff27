pidfile "/tmp/web_server.pid"
bind "tcp://0.0.0.0:4000"
