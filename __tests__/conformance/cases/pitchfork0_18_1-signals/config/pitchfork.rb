listen "/tmp/web_server.sock"
worker_processes 2
