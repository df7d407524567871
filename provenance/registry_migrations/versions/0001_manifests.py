"""The manifests table: every signed manifest, by id, watermark payload and fingerprint.

A registry created before migrations existed (by ``create_all``) already has this table: then only the version
is recorded.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if not inspector.has_table("manifests"):
        op.create_table(
            "manifests",
            sa.Column("manifest_id", sa.String(128), primary_key=True),
            sa.Column("watermark_payload", sa.String(16)),
            sa.Column("watermark_key_id", sa.String(32)),
            sa.Column("fingerprint", sa.String(16)),
            sa.Column("title", sa.Text),
            sa.Column("source_type", sa.Text),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("manifest_json", sa.Text, nullable=False),
            sa.Column("manifest_store", sa.LargeBinary, nullable=False),
        )
    existing = {ix["name"] for ix in sa.inspect(op.get_bind()).get_indexes("manifests")}
    for name, column in (("ix_manifests_watermark_payload", "watermark_payload"),
                         ("ix_manifests_fingerprint", "fingerprint"),
                         ("ix_manifests_created_at", "created_at")):
        if name not in existing:
            op.create_index(name, "manifests", [column])


def downgrade() -> None:
    op.drop_table("manifests")
