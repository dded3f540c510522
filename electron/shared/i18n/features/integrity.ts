import { defineMessages } from './define';

/** What the app says when the database files are damaged or missing, and about restoring a backup. */
export const integrityMessages = defineMessages(
  {
    'startup.databaseDamaged.missing':
      'Tietokantatiedosto puuttuu, vaikka tässä kansiossa on ollut tietoja (kansiossa on varmuuskopioita). Uutta tyhjää tietokantaa ei luotu, eikä mitään muutettu.\n\nTiedosto: {file}\n\nTiedot saa takaisin palauttamalla varmuuskopion.',
    'startup.databaseDamaged.empty':
      'Tietokantatiedosto on tyhjä (0 tavua), vaikka tässä kansiossa on ollut tietoja (kansiossa on varmuuskopioita). Tyhjää tiedostoa ei avattu, eikä mitään muutettu.\n\nTiedosto: {file}\n\nTiedot saa takaisin palauttamalla varmuuskopion.',
    'startup.databaseDamaged.corrupt':
      'Tietokantatiedosto on vahingoittunut: sen tarkistus ei mennyt läpi, joten sitä ei avattu, eikä mitään muutettu.\n\nTiedosto: {file}\n\nÄlä poista tiedostoa. Tiedot saa takaisin palauttamalla varmuuskopion.',
    'startup.databaseDamaged.wal_mismatch':
      'Tietokannan muutostiedosto (-wal) on vahingoittunut: osa tallennetuista muutoksista jäisi pois, joten tietokantaa ei avattu, eikä mitään muutettu.\n\nTiedosto: {file}-wal\n\nÄlä poista tiedostoja. Tiedot saa takaisin palauttamalla varmuuskopion.',
    'startup.databaseDamaged.wal_missing':
      'Tietokannan muutostiedosto (-wal) puuttuu, vaikka sovellusta ei viimeksi suljettu hallitusti: viimeisimmät muutokset olivat siinä ja ovat voineet kadota. Tietokantaa ei avattu, eikä mitään muutettu.\n\nTiedosto: {file}-wal\n\nJos siirsit tiedoston, palauta se tietokannan viereen. Muuten tiedot saa takaisin palauttamalla varmuuskopion.',
    'startup.restore.newest': 'Palauta uusin varmuuskopio ({date})',
    'startup.restore.quit': 'Lopeta',
    'startup.restore.offer':
      'Uusin varmuuskopio on tehty {date}. Palautettaessa nykyiset tiedostot siirretään talteen kansioon backups/damaged-…, eikä niitä poisteta. Varmuuskopion jälkeen tehdyt muutokset eivät palaudu.',
    'startup.restore.noBackups': 'Varmuuskopioita ei ole. Älä poista tiedostoja, vaan ota yhteyttä IT-tukeen.',
    'startup.restore.failed':
      'Varmuuskopion palauttaminen ei onnistunut, eikä tietokantaa muutettu.\n\nVarmuuskopio: {name}\n\nOta yhteyttä IT-tukeen. Älä poista tiedostoja.',
    'startup.restore.backups': 'Varmuuskopiot (uusin ensin):',
    'startup.restore.command': 'Palauta uusin varmuuskopio tällä komennolla (nykyiset tiedostot säilytetään):',
    'startup.restore.restored': 'Varmuuskopio {name} palautettiin.',
    'startup.restore.keptBackup': 'Palautusta edeltänyt tietokanta on tallessa varmuuskopiona {name}.',
    'startup.restore.keptDamaged': 'Vahingoittuneet tiedostot on siirretty kansioon {folder}.',
  },
  {
    sv: {
      'startup.databaseDamaged.missing':
        'Databasfilen saknas, fast den här mappen har haft data (mappen har säkerhetskopior). Ingen ny tom databas skapades och ingenting ändrades.\n\nFil: {file}\n\nDu får tillbaka uppgifterna genom att återställa en säkerhetskopia.',
      'startup.databaseDamaged.empty':
        'Databasfilen är tom (0 byte), fast den här mappen har haft data (mappen har säkerhetskopior). Den tomma filen öppnades inte och ingenting ändrades.\n\nFil: {file}\n\nDu får tillbaka uppgifterna genom att återställa en säkerhetskopia.',
      'startup.databaseDamaged.corrupt':
        'Databasfilen är skadad: kontrollen av den gick inte igenom, så den öppnades inte och ingenting ändrades.\n\nFil: {file}\n\nRadera inte filen. Du får tillbaka uppgifterna genom att återställa en säkerhetskopia.',
      'startup.databaseDamaged.wal_mismatch':
        'Databasens ändringsfil (-wal) är skadad: en del sparade ändringar skulle gå förlorade, så databasen öppnades inte och ingenting ändrades.\n\nFil: {file}-wal\n\nRadera inte filerna. Du får tillbaka uppgifterna genom att återställa en säkerhetskopia.',
      'startup.databaseDamaged.wal_missing':
        'Databasens ändringsfil (-wal) saknas, fast appen inte stängdes ordentligt senast: de senaste ändringarna fanns i den och kan ha gått förlorade. Databasen öppnades inte och ingenting ändrades.\n\nFil: {file}-wal\n\nOm du flyttade filen, lägg tillbaka den bredvid databasen. Annars får du tillbaka uppgifterna genom att återställa en säkerhetskopia.',
      'startup.restore.newest': 'Återställ den senaste säkerhetskopian ({date})',
      'startup.restore.quit': 'Avsluta',
      'startup.restore.offer':
        'Den senaste säkerhetskopian gjordes {date}. Vid återställningen flyttas de nuvarande filerna till mappen backups/damaged-… och raderas inte. Ändringar som gjorts efter säkerhetskopian återställs inte.',
      'startup.restore.noBackups': 'Det finns inga säkerhetskopior. Radera inte filerna, utan kontakta IT-supporten.',
      'startup.restore.failed':
        'Säkerhetskopian kunde inte återställas och databasen ändrades inte.\n\nSäkerhetskopia: {name}\n\nKontakta IT-supporten. Radera inte filerna.',
      'startup.restore.backups': 'Säkerhetskopior (senaste först):',
      'startup.restore.command': 'Återställ den senaste säkerhetskopian med det här kommandot (de nuvarande filerna sparas):',
      'startup.restore.restored': 'Säkerhetskopian {name} återställdes.',
      'startup.restore.keptBackup': 'Databasen före återställningen finns kvar som säkerhetskopian {name}.',
      'startup.restore.keptDamaged': 'De skadade filerna har flyttats till mappen {folder}.',
    },
    en: {
      'startup.databaseDamaged.missing':
        'The database file is missing, although this folder has held data (it has backups). No new empty database was created and nothing was changed.\n\nFile: {file}\n\nRestore a backup to get the data back.',
      'startup.databaseDamaged.empty':
        'The database file is empty (0 bytes), although this folder has held data (it has backups). The empty file was not opened and nothing was changed.\n\nFile: {file}\n\nRestore a backup to get the data back.',
      'startup.databaseDamaged.corrupt':
        'The database file is damaged: it failed its check, so it was not opened and nothing was changed.\n\nFile: {file}\n\nDo not delete the file. Restore a backup to get the data back.',
      'startup.databaseDamaged.wal_mismatch':
        'The database’s change file (-wal) is damaged: some saved changes would be lost, so the database was not opened and nothing was changed.\n\nFile: {file}-wal\n\nDo not delete the files. Restore a backup to get the data back.',
      'startup.databaseDamaged.wal_missing':
        'The database’s change file (-wal) is missing although the app was not closed properly last time: the latest changes were in it and may be lost. The database was not opened and nothing was changed.\n\nFile: {file}-wal\n\nIf you moved the file, put it back beside the database. Otherwise restore a backup to get the data back.',
      'startup.restore.newest': 'Restore the newest backup ({date})',
      'startup.restore.quit': 'Quit',
      'startup.restore.offer':
        'The newest backup was made {date}. Restoring moves the current files to the folder backups/damaged-… and deletes nothing. Changes made after the backup are not restored.',
      'startup.restore.noBackups': 'There are no backups. Do not delete the files; contact IT support.',
      'startup.restore.failed':
        'The backup could not be restored, and the database was not changed.\n\nBackup: {name}\n\nContact IT support. Do not delete the files.',
      'startup.restore.backups': 'Backups (newest first):',
      'startup.restore.command': 'Restore the newest backup with this command (the current files are kept):',
      'startup.restore.restored': 'The backup {name} was restored.',
      'startup.restore.keptBackup': 'The database as it was before the restore is kept as the backup {name}.',
      'startup.restore.keptDamaged': 'The damaged files were moved to the folder {folder}.',
    },
  },
);
