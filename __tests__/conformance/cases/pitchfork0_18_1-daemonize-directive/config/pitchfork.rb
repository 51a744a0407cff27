listen "/tmp/web_server.sock"
daemonize true
