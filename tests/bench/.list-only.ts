import { generateDatabaseKey } from '../../electron/backend/db/database-key';
import { benchListScale } from './list-bench';
void benchListScale(generateDatabaseKey());
