worker_processes 2
pid "/tmp/web_server.pid"
timeout 30
