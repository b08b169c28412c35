internal import GRDB

/// The store's schema, as numbered migrations. Never edit a shipped migration: add one.
enum Migraties {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-berichten") { db in
            try db.execute(
                sql: """
                    CREATE TABLE bericht (
                        id INTEGER PRIMARY KEY,
                        soort TEXT NOT NULL,
                        afzender TEXT,
                        ontvanger TEXT,
                        identificatie TEXT,
                        dagtekening TEXT,
                        inhoud_sha256 TEXT NOT NULL,
                        bestand TEXT NOT NULL,
                        ontvangen_op TEXT NOT NULL,
                        uitkomst TEXT NOT NULL,
                        retourcode TEXT,
                        retour_bestand TEXT,
                        retour_xml BLOB,
                        reden TEXT
                    );
                    CREATE INDEX bericht_identificatie ON bericht(afzender, soort, identificatie);
                    CREATE INDEX bericht_inhoud ON bericht(inhoud_sha256);

                    CREATE TABLE toewijzing (
                        id INTEGER PRIMARY KEY,
                        bericht_id INTEGER NOT NULL REFERENCES bericht(id),
                        wet TEXT NOT NULL,
                        gemeente TEXT NOT NULL,
                        aanbieder TEXT NOT NULL,
                        bsn TEXT NOT NULL,
                        nummer INTEGER NOT NULL,
                        referentie_aanbieder TEXT,
                        categorie TEXT,
                        code TEXT,
                        toewijzingsdatum TEXT NOT NULL,
                        toewijzingstijd_ms INTEGER NOT NULL,
                        ingangsdatum TEXT NOT NULL,
                        einddatum TEXT,
                        reden_wijziging TEXT,
                        volume INTEGER,
                        eenheid TEXT,
                        frequentie TEXT,
                        budget INTEGER
                    );
                    CREATE INDEX toewijzing_nummer ON toewijzing(gemeente, wet, nummer);
                    CREATE INDEX toewijzing_client ON toewijzing(gemeente, wet, aanbieder, bsn);

                    CREATE TABLE declaratie (
                        id INTEGER PRIMARY KEY,
                        bericht_id INTEGER NOT NULL REFERENCES bericht(id),
                        wet TEXT NOT NULL,
                        aanbieder TEXT NOT NULL,
                        gemeente TEXT NOT NULL,
                        nummer TEXT NOT NULL,
                        periode_begin TEXT NOT NULL,
                        periode_eind TEXT NOT NULL,
                        totaal_ingediend INTEGER NOT NULL,
                        totaal_toegekend INTEGER NOT NULL,
                        retourcode TEXT NOT NULL
                    );
                    CREATE INDEX declaratie_nummer ON declaratie(aanbieder, wet, nummer);
                    CREATE INDEX declaratie_periode ON declaratie(aanbieder, gemeente, wet, periode_begin);

                    CREATE TABLE prestatie (
                        id INTEGER PRIMARY KEY,
                        declaratie_id INTEGER NOT NULL REFERENCES declaratie(id),
                        wet TEXT NOT NULL,
                        aanbieder TEXT NOT NULL,
                        gemeente TEXT NOT NULL,
                        bsn TEXT NOT NULL,
                        referentienummer TEXT NOT NULL,
                        vorig_referentienummer TEXT,
                        toewijzingnummer INTEGER NOT NULL,
                        categorie TEXT NOT NULL,
                        code TEXT NOT NULL,
                        periode_begin TEXT NOT NULL,
                        periode_eind TEXT NOT NULL,
                        volume INTEGER NOT NULL,
                        eenheid TEXT NOT NULL,
                        tarief INTEGER,
                        bedrag INTEGER NOT NULL,
                        toegekend INTEGER NOT NULL,
                        retourcodes TEXT NOT NULL
                    );
                    CREATE INDEX prestatie_referentie ON prestatie(aanbieder, wet, referentienummer);
                    CREATE INDEX prestatie_vorig ON prestatie(aanbieder, wet, vorig_referentienummer);
                    CREATE INDEX prestatie_toewijzing ON prestatie(gemeente, wet, toewijzingnummer);

                    CREATE TABLE bevinding (
                        id INTEGER PRIMARY KEY,
                        bericht_id INTEGER NOT NULL REFERENCES bericht(id),
                        regel TEXT NOT NULL,
                        niveau INTEGER NOT NULL,
                        bron TEXT NOT NULL,
                        ernst TEXT NOT NULL,
                        retourcode TEXT NOT NULL,
                        pad TEXT NOT NULL,
                        regelnummer INTEGER NOT NULL,
                        gevonden TEXT NOT NULL,
                        verwacht TEXT NOT NULL,
                        toelichting TEXT NOT NULL,
                        bsn TEXT,
                        toewijzingnummer INTEGER,
                        product TEXT,
                        periode TEXT,
                        bedrag INTEGER
                    );
                    CREATE INDEX bevinding_bericht ON bevinding(bericht_id);
                    """)
        }
        migrator.registerMigration("v2-claim") { db in
            try db.execute(
                sql: """
                    ALTER TABLE bericht ADD COLUMN claim TEXT;
                    CREATE INDEX bericht_claim ON bericht(claim);
                    """)
        }
        migrator.registerMigration("v3-monitoring") { db in
            try db.execute(
                sql: """
                    CREATE INDEX bericht_ontvangen ON bericht(ontvangen_op);
                    CREATE INDEX toewijzing_bericht ON toewijzing(bericht_id);
                    CREATE INDEX declaratie_bericht ON declaratie(bericht_id);
                    CREATE INDEX prestatie_declaratie ON prestatie(declaratie_id);
                    CREATE INDEX prestatie_periode ON prestatie(periode_begin);
                    CREATE INDEX prestatie_gemeente_periode ON prestatie(gemeente, periode_begin);
                    """)
        }
        migrator.registerMigration("v4-monitoringtotalen") { db in
            // Running totals for the monitoring files, kept up to date by `werkTotalenBij` so that
            // a monitoring update costs what is new, not what the store holds.
            try db.execute(
                sql: """
                    CREATE TABLE totalen_stand (
                        tabel TEXT PRIMARY KEY,
                        tot_id INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    CREATE TABLE productie_maand (
                        gemeente TEXT NOT NULL,
                        maand TEXT NOT NULL,
                        wet TEXT NOT NULL,
                        code TEXT NOT NULL,
                        aanbieder TEXT NOT NULL,
                        eenheid TEXT NOT NULL,
                        clienten INTEGER NOT NULL,
                        prestaties INTEGER NOT NULL,
                        afgewezen INTEGER NOT NULL,
                        ingediend INTEGER NOT NULL,
                        toegekend INTEGER NOT NULL,
                        volume INTEGER NOT NULL,
                        PRIMARY KEY (gemeente, maand, wet, code, aanbieder, eenheid)
                    ) WITHOUT ROWID;
                    CREATE TABLE productie_client (
                        gemeente TEXT NOT NULL,
                        maand TEXT NOT NULL,
                        wet TEXT NOT NULL,
                        code TEXT NOT NULL,
                        aanbieder TEXT NOT NULL,
                        eenheid TEXT NOT NULL,
                        bsn TEXT NOT NULL,
                        PRIMARY KEY (gemeente, maand, wet, code, aanbieder, eenheid, bsn)
                    ) WITHOUT ROWID;
                    CREATE TABLE toekenning_jaar (
                        jaar INTEGER NOT NULL,
                        gemeente TEXT NOT NULL,
                        wet TEXT NOT NULL,
                        code TEXT NOT NULL,
                        aanbieder TEXT NOT NULL,
                        bsn TEXT NOT NULL,
                        bedrag INTEGER NOT NULL,
                        PRIMARY KEY (jaar, gemeente, wet, code, aanbieder, bsn)
                    ) WITHOUT ROWID;
                    CREATE TABLE toewijzing_huidig (
                        gemeente TEXT NOT NULL,
                        wet TEXT NOT NULL,
                        nummer INTEGER NOT NULL,
                        toewijzing_id INTEGER NOT NULL,
                        PRIMARY KEY (gemeente, wet, nummer)
                    ) WITHOUT ROWID;
                    DROP INDEX prestatie_periode;
                    DROP INDEX prestatie_gemeente_periode;
                    """)
        }
        migrator.registerMigration("v5-toewijzingverbruik") { db in
            try db.execute(
                sql: """
                    CREATE TABLE toewijzing_verbruik (
                        gemeente TEXT NOT NULL,
                        wet TEXT NOT NULL,
                        toewijzingnummer INTEGER NOT NULL,
                        periode_begin TEXT NOT NULL,
                        periode_eind TEXT NOT NULL,
                        eenheid TEXT NOT NULL,
                        volume INTEGER NOT NULL,
                        bedrag INTEGER NOT NULL,
                        debets INTEGER NOT NULL,
                        PRIMARY KEY (gemeente, wet, toewijzingnummer, periode_begin, periode_eind, eenheid)
                    ) WITHOUT ROWID;
                    INSERT INTO toewijzing_verbruik \(Self.verbruikUitPrestaties);
                    """)
        }
        migrator.registerMigration("v6-zorgmelding") { db in
            // Every start (305) and stop (307) as delivered with StatusAanlevering 1; a later
            // delivery with StatusAanlevering 3 marks it deleted instead of removing it.
            try db.execute(
                sql: """
                    CREATE TABLE zorgmelding (
                        id INTEGER PRIMARY KEY,
                        bericht_id INTEGER NOT NULL REFERENCES bericht(id),
                        soort TEXT NOT NULL CHECK (soort IN ('start', 'stop')),
                        wet TEXT NOT NULL,
                        gemeente TEXT NOT NULL,
                        aanbieder TEXT NOT NULL,
                        bsn TEXT NOT NULL,
                        toewijzingnummer INTEGER,
                        categorie TEXT,
                        code TEXT,
                        toewijzing_ingangsdatum TEXT,
                        begindatum TEXT NOT NULL,
                        reden_beeindiging TEXT,
                        einddatum TEXT,
                        verwijderd_door INTEGER REFERENCES bericht(id)
                    );
                    CREATE INDEX zorgmelding_client ON zorgmelding(wet, aanbieder, bsn);
                    CREATE INDEX zorgmelding_toewijzing ON zorgmelding(gemeente, wet, toewijzingnummer);
                    """)
        }
        return migrator
    }

    /// `toewijzing_verbruik` computed from the prestaties themselves: the migration's starting
    /// point, and what the running table must always equal.
    static let verbruikUitPrestaties = """
        SELECT d.gemeente, d.wet, d.toewijzingnummer, d.periode_begin, d.periode_eind, d.eenheid,
        SUM(d.volume), SUM(d.bedrag), COUNT(*)
        FROM prestatie d WHERE d.toegekend = 1 AND d.vorig_referentienummer IS NULL
        AND NOT EXISTS (SELECT 1 FROM prestatie c WHERE c.aanbieder = d.aanbieder AND c.wet = d.wet
                        AND c.vorig_referentienummer = d.referentienummer AND c.toegekend = 1)
        GROUP BY d.gemeente, d.wet, d.toewijzingnummer, d.periode_begin, d.periode_eind, d.eenheid
        """
}
