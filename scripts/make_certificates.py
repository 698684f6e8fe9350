"""Certificates for a class over the network: HTTPS for the app, TLS for a lab's Dask cluster.

    python -m scripts.make_certificates certs --host 192.168.1.23 --host teacher-laptop

writes into `certs/`:
  ca.crt, ca.key          the class's own certificate authority (keep ca.key on the teacher's laptop)
  server.crt, server.key  for the app (LENET_TLS_CERT / LENET_TLS_KEY) and for the Dask scheduler,
                          its workers and the app as their client (LENET_DASK_TLS_DIR=certs)
The server certificate names every --host plus localhost and 127.0.0.1. Browsers do not know this
authority: each student's browser warns once; the fingerprint printed here is what they should
see in the warning's details. Valid for 400 days.
"""

from __future__ import annotations

import argparse
import datetime
import ipaddress
from pathlib import Path

from lenet_core.base.files import write_bytes

DAYS = 400


def _name(common_name: str):
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _subject_names(hosts: list[str]):
    from cryptography import x509

    names = []
    for host in dict.fromkeys([*hosts, "localhost", "127.0.0.1"]):
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    return x509.SubjectAlternativeName(names)


def make_certificates(folder: Path, hosts: list[str]) -> str:
    """Writes the four files into `folder` (atomically each); returns the server certificate's
    SHA-256 fingerprint."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("LeNet Lab class authority"))
        .issuer_name(_name("LeNet Lab class authority"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(_name(hosts[0] if hosts else "localhost"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=DAYS))
        .add_extension(_subject_names(hosts), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    private = {"encoding": pem, "format": serialization.PrivateFormat.PKCS8}
    unencrypted = serialization.NoEncryption()
    folder.mkdir(parents=True, exist_ok=True)
    write_bytes(folder / "ca.key", ca_key.private_bytes(**private, encryption_algorithm=unencrypted))
    write_bytes(folder / "ca.crt", ca.public_bytes(pem))
    write_bytes(folder / "server.key", key.private_bytes(**private, encryption_algorithm=unencrypted))
    write_bytes(folder / "server.crt", server.public_bytes(pem))
    return server.fingerprint(hashes.SHA256()).hex(":").upper()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--host", action="append", default=[], help="an address or name classmates use (repeat)")
    args = parser.parse_args()
    fingerprint = make_certificates(args.folder, args.host)
    print(f"[INFO] wrote ca.crt, ca.key, server.crt, server.key to {args.folder}")
    print(f"[INFO] server certificate SHA-256 fingerprint: {fingerprint}")


if __name__ == "__main__":
    main()
