-- Erasure that cannot be raced (docs/decisions/0013-erasure.md). Deleting an account removes every row
-- of the person in one write, but a write whose request was authenticated just before could still insert
-- a row after it. From here on the database refuses such a row: no row may name an account that does
-- not exist. A new table that holds a person's rows must do the same (see the decision record).
-- PostgreSQL: a foreign key from every user_id to accounts_user, cascading on delete. The key check locks
-- the account row against a concurrent deletion, so an insert either commits before the deletion (and the
-- cascade removes it) or fails after it. Rows an earlier deletion missed go first, or the keys would not
-- hold; the keys keep their default names (<table>_user_id_fkey), by which Mitra recognises the refusal.
delete from accounts_audit t where not exists (select 1 from accounts_user u where u.id = t.user_id);
delete from products_batch t where not exists (select 1 from accounts_user u where u.id = t.user_id);
delete from products_product t where not exists (select 1 from accounts_user u where u.id = t.user_id);
delete from products_recall t where not exists (select 1 from accounts_user u where u.id = t.user_id);
delete from journal_checkin t where not exists (select 1 from accounts_user u where u.id = t.user_id);
delete from journal_dose t where not exists (select 1 from accounts_user u where u.id = t.user_id);
delete from journal_substance t where not exists (select 1 from accounts_user u where u.id = t.user_id);
delete from journal_withdrawal t where not exists (select 1 from accounts_user u where u.id = t.user_id);
delete from journal_note t where not exists (select 1 from accounts_user u where u.id = t.user_id);
delete from safety_profile t where not exists (select 1 from accounts_user u where u.id = t.user_id);
delete from safety_finding t where not exists (select 1 from accounts_user u where u.id = t.user_id);
delete from safety_taper t where not exists (select 1 from accounts_user u where u.id = t.user_id);
delete from reports_share t where not exists (select 1 from accounts_user u where u.id = t.user_id);
delete from reports_share_view t where not exists (select 1 from accounts_user u where u.id = t.user_id);
update accounts_invite i set used_by = null
    where used_by is not null and not exists (select 1 from accounts_user u where u.username = i.used_by);
delete from accounts_session s
    where principal_name is not null and not exists (select 1 from accounts_user u where u.username = s.principal_name);

alter table accounts_audit add foreign key (user_id) references accounts_user (id) on delete cascade;
alter table products_batch add foreign key (user_id) references accounts_user (id) on delete cascade;
alter table products_product add foreign key (user_id) references accounts_user (id) on delete cascade;
alter table products_recall add foreign key (user_id) references accounts_user (id) on delete cascade;
alter table journal_checkin add foreign key (user_id) references accounts_user (id) on delete cascade;
alter table journal_dose add foreign key (user_id) references accounts_user (id) on delete cascade;
alter table journal_substance add foreign key (user_id) references accounts_user (id) on delete cascade;
alter table journal_withdrawal add foreign key (user_id) references accounts_user (id) on delete cascade;
alter table journal_note add foreign key (user_id) references accounts_user (id) on delete cascade;
alter table safety_profile add foreign key (user_id) references accounts_user (id) on delete cascade;
alter table safety_finding add foreign key (user_id) references accounts_user (id) on delete cascade;
alter table safety_taper add foreign key (user_id) references accounts_user (id) on delete cascade;
alter table reports_share add foreign key (user_id) references accounts_user (id) on delete cascade;
alter table reports_share_view add foreign key (user_id) references accounts_user (id) on delete cascade;
-- A batch goes with its product, so a batch written after the deletion erased the person's batches
-- but before it erased their products cannot make the deletion fail.
alter table products_batch drop constraint products_batch_user_id_product_id_fkey;
alter table products_batch add foreign key (user_id, product_id) references products_product (user_id, id)
    on delete cascade;
-- A browser session names its account by username (Spring Session's principal_name).
alter table accounts_session add constraint accounts_session_principal_name_fkey
    foreign key (principal_name) references accounts_user (username) on delete cascade;
