# a tiny Rails app for measuring `rails server`: Debian ruby-railties 6.1.7.10, no Bundler
