require "rails"
require "action_controller/railtie"
module Tiny
  class Application < Rails::Application
    config.load_defaults 6.1
    config.eager_load = false
    config.secret_key_base = "x" * 64
    config.logger = Logger.new($stdout)
  end
end
