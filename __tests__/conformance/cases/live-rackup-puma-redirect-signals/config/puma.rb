# rackup -s puma loads this file (Puma's Rack handler); HUP then reopens the logs
stdout_redirect "log/puma.log", "log/puma.err", true
