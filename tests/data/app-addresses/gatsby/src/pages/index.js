import * as React from "react"
const Beranda = () => <ol>resep</ol>
export default Beranda
