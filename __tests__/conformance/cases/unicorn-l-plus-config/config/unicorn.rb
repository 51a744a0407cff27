listen 8080
pid "/tmp/web_server.pid"
