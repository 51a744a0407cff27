bind "unix:///tmp/web_server.sock"
pidfile "/tmp/web_server.pid"
stdout_redirect "log/puma.stdout.log", "log/puma.stderr.log", true
