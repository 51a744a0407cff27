# Cloud 66's current Puma sample (docs/research/cloud66.md#the-custom-web-server-contract): the socket from CUSTOM_WEB_SOCKET_FILE
threads 5, 5
environment ENV.fetch("RAILS_ENV") { "development" }
pidfile ENV.fetch("CUSTOM_WEB_PID_FILE") { "/tmp/web_server.pid" }
socket = ENV.fetch("CUSTOM_WEB_SOCKET_FILE") { "" }
socket = "/tmp/web_server.sock" if socket.empty?
bind socket =~ /\A[a-z]+:\/\// ? socket : "unix://#{File.expand_path(socket)}"
