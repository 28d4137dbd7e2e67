-- Placeholder: version 5 belongs to the team-workspace (PostgreSQL) change being written alongside V6. Migrations are
-- numbered one by one (WorkspaceMigrationsTest, and WorkspaceMigrations.isUpToDate counts them), so this file holds
-- the number; when that change lands, its V5 script replaces this file (delete this one, keep theirs).
SELECT 1;
