worker_processes 2
listen "/tmp/web_server.sock", :backlog => 64
listen 8081, :tcp_nopush => true
timeout 30
pid '/tmp/web_server.pid'
preload_app true
