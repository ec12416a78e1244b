AUTHOR = "Redaksi"
SITENAME = "Jurnal Kampung"
