module Jekyll
  class HurufMiring < Liquid::Tag
  end
end
Liquid::Template.register_tag("huruf_miring", Jekyll::HurufMiring)
