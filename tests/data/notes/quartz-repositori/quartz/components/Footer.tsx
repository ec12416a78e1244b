import { QuartzComponentConstructor } from "./types"

export default (() => {
  function Footer() {
    return <footer>Created with Quartz</footer>
  }
  return Footer
}) satisfies QuartzComponentConstructor
