import { QuartzConfig } from "./quartz/cfg"
import * as Plugin from "./quartz/plugins"

/**
 * Quartz 4 Configuration
 *
 * See https://quartz.jzhao.xyz/configuration for more information.
 */
const config: QuartzConfig = {
  configuration: {
    pageTitle: "🪴 Kebun Catatan",
    enableSPA: true,
    locale: "id-ID",
    baseUrl: "kebun.contoh.id",
    ignorePatterns: ["private", "templates", ".obsidian", "**/*.excalidraw.md"],
    defaultDateType: "created",
  },
  plugins: {
    transformers: [Plugin.FrontMatter(), Plugin.ObsidianFlavoredMarkdown({ enableInHtmlEmbed: false })],
    filters: [Plugin.RemoveDrafts()],
    emitters: [Plugin.ContentPage(), Plugin.FolderPage(), Plugin.Assets(), Plugin.Static()],
  },
}

export default config
