# the app code is required, as a Rails config.ru requires config/environment
require_relative "app"
run App
