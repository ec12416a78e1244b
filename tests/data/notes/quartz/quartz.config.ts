import { QuartzConfig } from "./quartz/cfg"
import * as Plugin from "./quartz/plugins"

/**
 * Quartz 4 Configuration
 */
const config: QuartzConfig = {
  configuration: {
    pageTitle: "Kebun Catatan Warga",
    enableSPA: true,
    locale: "id-ID",
    baseUrl: "kebun.contoh.id",
    ignorePatterns: ["private", "templates", ".obsidian"],
  },
  plugins: {
    transformers: [Plugin.FrontMatter(), Plugin.ObsidianFlavoredMarkdown({ enableInHtmlEmbed: false })],
    // filters: [Plugin.RemoveDrafts()],
    filters: [Plugin.ExplicitPublish()],
    emitters: [Plugin.ContentPage(), Plugin.FolderPage()],
  },
}

export default config
