pidfile "/tmp/web_server.pid"
port 4000
