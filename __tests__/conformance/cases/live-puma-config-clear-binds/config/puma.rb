port ENV.fetch("PORT") { 3000 }
clear_binds!
bind "unix:///tmp/web_server.sock"
pidfile "/tmp/web_server.pid"
