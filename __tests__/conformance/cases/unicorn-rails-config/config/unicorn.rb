worker_processes 2
listen "/tmp/web_server.sock"
pid "/tmp/web_server.pid"
