#!/bin/sh
# tag::salin[]
tar czf /srv/cadangan/sidesa-$(date +%F).tar.gz /srv/sidesa/data
# end::salin[]
# tag::hapus[]
find /srv/cadangan -mtime +30 -delete
# end::hapus[]
echo "selesai"
