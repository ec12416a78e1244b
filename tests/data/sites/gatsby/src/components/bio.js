import * as React from "react"
const Bio = () => <p>Ditulis oleh <strong>Rina</strong></p>
export default Bio
