port ENV.fetch('PORT') { 3000 }
bind 'tcp://0.0.0.0:4000'
pidfile '/tmp/web_server.pid'
