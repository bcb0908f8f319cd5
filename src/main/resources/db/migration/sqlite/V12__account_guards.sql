-- Erasure that cannot be raced (docs/decisions/0013-erasure.md). Deleting an account removes every row
-- of the person in one write, but a write whose request was authenticated just before could still insert
-- a row after it. From here on the database refuses such a row: no row may name an account that does
-- not exist. A new table that holds a person's rows must do the same (see the decision record).
-- SQLite cannot add a foreign key to an existing table without rebuilding it, so each table gets a trigger
-- that aborts an insert naming an absent account. SQLite has one writer at a time, so the check and the
-- insert cannot be split by a deletion. The message 'account-gone' is how Mitra recognises the refusal.
-- Rows an earlier deletion missed go first.
delete from accounts_token where not exists (select 1 from accounts_user u where u.id = accounts_token.user_id);
delete from accounts_invite where not exists (select 1 from accounts_user u where u.id = accounts_invite.user_id);
delete from accounts_audit where not exists (select 1 from accounts_user u where u.id = accounts_audit.user_id);
delete from products_batch where not exists (select 1 from accounts_user u where u.id = products_batch.user_id);
delete from products_product where not exists (select 1 from accounts_user u where u.id = products_product.user_id);
delete from products_recall where not exists (select 1 from accounts_user u where u.id = products_recall.user_id);
delete from journal_checkin where not exists (select 1 from accounts_user u where u.id = journal_checkin.user_id);
delete from journal_dose where not exists (select 1 from accounts_user u where u.id = journal_dose.user_id);
delete from journal_substance where not exists (select 1 from accounts_user u where u.id = journal_substance.user_id);
delete from journal_withdrawal where not exists (select 1 from accounts_user u where u.id = journal_withdrawal.user_id);
delete from journal_note where not exists (select 1 from accounts_user u where u.id = journal_note.user_id);
delete from safety_profile where not exists (select 1 from accounts_user u where u.id = safety_profile.user_id);
delete from safety_finding where not exists (select 1 from accounts_user u where u.id = safety_finding.user_id);
delete from safety_taper where not exists (select 1 from accounts_user u where u.id = safety_taper.user_id);
delete from reports_share where not exists (select 1 from accounts_user u where u.id = reports_share.user_id);
delete from reports_share_view where not exists (select 1 from accounts_user u where u.id = reports_share_view.user_id);
update accounts_invite set used_by = null
    where used_by is not null and not exists (select 1 from accounts_user u where u.username = accounts_invite.used_by);
delete from accounts_session
    where principal_name is not null
      and not exists (select 1 from accounts_user u where u.username = accounts_session.principal_name);

create trigger accounts_token_account_guard before insert on accounts_token
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger accounts_invite_account_guard before insert on accounts_invite
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger accounts_audit_account_guard before insert on accounts_audit
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger products_product_account_guard before insert on products_product
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger products_batch_account_guard before insert on products_batch
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger products_recall_account_guard before insert on products_recall
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger journal_checkin_account_guard before insert on journal_checkin
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger journal_dose_account_guard before insert on journal_dose
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger journal_substance_account_guard before insert on journal_substance
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger journal_withdrawal_account_guard before insert on journal_withdrawal
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger journal_note_account_guard before insert on journal_note
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger safety_profile_account_guard before insert on safety_profile
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger safety_finding_account_guard before insert on safety_finding
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger safety_taper_account_guard before insert on safety_taper
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger reports_share_account_guard before insert on reports_share
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create trigger reports_share_view_account_guard before insert on reports_share_view
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

-- A browser session names its account by username (Spring Session's principal_name), set on insert or
-- when a signed-out session signs in.
create trigger accounts_session_account_guard before insert on accounts_session
when new.principal_name is not null and not exists (select 1 from accounts_user where username = new.principal_name)
begin select raise(abort, 'account-gone'); end;

create trigger accounts_session_account_guard_update before update of principal_name on accounts_session
when new.principal_name is not null and not exists (select 1 from accounts_user where username = new.principal_name)
begin select raise(abort, 'account-gone'); end;
