import { QuartzConfig } from "./quartz/cfg"
import * as Plugin from "./quartz/plugins"

const config: QuartzConfig = {
  configuration: {
    pageTitle: "Kebun Catatan",
    locale: "id-ID",
    baseUrl: "kebun.contoh.id",
    ignorePatterns: ["private", "templates", ".obsidian"],
  },
  plugins: {
    transformers: [Plugin.FrontMatter()],
    filters: [Plugin.RemoveDrafts()],
    emitters: [Plugin.ContentPage(), Plugin.Assets(), Plugin.Static()],
  },
}

export default config
