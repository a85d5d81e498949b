"""Messages of the sync package and its commands, in Vietnamese (first) and English.

Added to `htx_desktop.messages.MESSAGES` when the sync package is imported; `tr` finds them there.
"""

from __future__ import annotations

from htx_desktop.messages import MESSAGES

_CHECK_AGAIN = " Hãy xin đơn vị gửi xuất lại tệp."
_ASK_AGAIN = " Ask the sending unit to export the file again."

MESSAGES.update(
    {
        # refusals: one sentence naming the file, then the reason
        "sync.refused.file": ("Không nhập tệp đồng bộ “{file}”: {reason}", "Sync file “{file}” refused: {reason}"),
        "sync.refused.receipt": ("Không nhập biên nhận “{file}”: {reason}", "Receipt “{file}” refused: {reason}"),
        "sync.refused.card": ("Không dùng được thẻ khóa “{file}”: {reason}", "Key card “{file}” refused: {reason}"),
        "sync.reason.missing": ("không tìm thấy tệp.", "the file does not exist."),
        "sync.reason.not_sync_file": (
            "đây không phải tệp của chương trình HTX (hoặc không đúng loại tệp).",
            "this is not an HTX Desktop file of this kind.",
        ),
        "sync.reason.truncated": (
            "tệp bị cắt cụt, không đầy đủ (có thể chép từ USB hoặc tải từ thư điện tử chưa xong). "
            "Hãy chép lại tệp gốc." + _CHECK_AGAIN,
            "the file is truncated (perhaps copied from the USB stick or downloaded only in part). "
            "Copy the original again." + _ASK_AGAIN,
        ),
        "sync.reason.damaged": (
            "tệp bị hỏng hoặc đã bị sửa ({detail})." + _CHECK_AGAIN,
            "the file is damaged or was altered ({detail})." + _ASK_AGAIN,
        ),
        "sync.reason.path_trick": (
            "tệp chứa mục có tên nguy hiểm “{name}” (đường dẫn thư mục); không mở tệp này.",
            "the file holds an entry with a dangerous name “{name}” (a folder path); it was not opened.",
        ),
        "sync.reason.unexpected_entry": (
            "tệp chứa mục lạ hoặc bị lặp “{name}”; không mở tệp này.",
            "the file holds an unexpected or repeated entry “{name}”; it was not opened.",
        ),
        "sync.reason.missing_entry": (
            "tệp thiếu phần “{name}”." + _CHECK_AGAIN,
            "the file lacks its part “{name}”." + _ASK_AGAIN,
        ),
        "sync.reason.oversized": (
            "phần “{name}” quá lớn ({size} byte, tối đa {limit} byte); không mở tệp này.",
            "part “{name}” is too large ({size} bytes, at most {limit}); it was not opened.",
        ),
        "sync.reason.format_version": (
            "tệp theo định dạng phiên bản {version}, chương trình này chỉ đọc được phiên bản {supported}. "
            "Hãy cập nhật chương trình.",
            "the file has format version {version}; this program reads version {supported}. "
            "Update the program.",
        ),
        "sync.reason.unknown_table": (
            "tệp chứa bảng “{table}” mà chương trình này không biết. Hãy cập nhật chương trình.",
            "the file holds a table “{table}” this program does not know. Update the program.",
        ),
        "sync.reason.unknown_column": (
            "bảng “{table}” trong tệp có cột “{column}” mà chương trình này không biết. Hãy cập nhật chương trình.",
            "table “{table}” in the file has a column “{column}” this program does not know. Update the program.",
        ),
        "sync.reason.unknown_sender": (
            "đơn vị gửi {unit} (mã cài đặt {site}) chưa được tin cậy. Hãy nhận thẻ khóa của đơn vị này, "
            "đọc đối chiếu dấu vân tay qua điện thoại rồi tin cậy thẻ (lệnh “keys trust”).",
            "the sender {unit} (installation {site}) is not trusted. Get its key card, compare the "
            "fingerprint over the phone, then trust the card (“keys trust”).",
        ),
        "sync.reason.unknown_sender.gui": (
            "đơn vị gửi {unit} (mã cài đặt {site}) chưa được tin cậy. Hãy nhận thẻ khóa của đơn vị này, "
            "đọc đối chiếu dấu vân tay qua điện thoại rồi bấm “Tin cậy thẻ khóa…” trên màn hình Đồng bộ.",
            "the sender {unit} (installation {site}) is not trusted. Get its key card, compare the "
            "fingerprint over the phone, then press “Trust a key card…” on the Sync screen.",
        ),
        "sync.reason.revoked_sender": (
            "khóa của đơn vị gửi {unit} đã bị thu hồi ngày {date} ({reason}).",
            "the key of the sender {unit} was revoked on {date} ({reason}).",
        ),
        "sync.reason.bad_signature": (
            "chữ ký số không đúng: tệp đã bị sửa sau khi ký, hoặc không phải do {unit} tạo ra.",
            "the signature is wrong: the file was changed after signing, or was not made by {unit}.",
        ),
        "sync.reason.wrong_receiver": (
            "tệp này gửi cho đơn vị {unit} (mã cài đặt {site}), không phải cho cài đặt này.",
            "this file is for unit {unit} (installation {site}), not for this installation.",
        ),
        "sync.reason.not_upstream": (
            "dữ liệu dùng chung chỉ được nhận từ đơn vị cấp trên; {unit} không phải cấp trên của đơn vị này.",
            "reference data is only accepted from above; {unit} is not above this unit.",
        ),
        "sync.reason.replayed": (
            "tệp số {sequence} của {unit} đã được nhập ngày {date} với nội dung khác; "
            "tệp này dùng lại số thứ tự cũ nên không được nhận.",
            "file number {sequence} of {unit} was imported on {date} with different contents; "
            "this file reuses that number and is refused.",
        ),
        "sync.reason.older": (
            "đây là tệp số {sequence}, cũ hơn tệp số {latest} của {unit} đã nhập; "
            "tệp mới hơn đã gồm mọi thay đổi của nó, không cần nhập.",
            "this is file number {sequence}, older than file {latest} of {unit} already imported, "
            "which holds all its changes; nothing to import.",
        ),
        "sync.reason.old_key": (
            "tệp được mã hóa bằng khóa {fingerprint}, không phải khóa hiện dùng của cài đặt này. "
            "Hãy gửi thẻ khóa mới cho đơn vị gửi rồi xin xuất lại tệp.",
            "the file was encrypted to key {fingerprint}, not to this installation's key. Send the sender "
            "our new key card and ask for the file again.",
        ),
        "sync.reason.not_owned": (
            "tệp chứa bản ghi ({table}) của đơn vị “{owner}”, mà {unit} không quản lý. Nếu {unit} là đơn vị "
            "tổng hợp vừa nhận thêm xã, hãy xin thẻ khóa mới của {unit} và tin cậy lại thẻ.",
            "the file holds records ({table}) of unit “{owner}”, which {unit} does not manage. If {unit} "
            "aggregates and has taken on a commune, get its new key card and trust it again.",
        ),
        "sync.reason.owner_change": (
            "tệp muốn chuyển một bản ghi ({table}) của “{owner}” sang đơn vị “{claimed}”; bản ghi không bao giờ "
            "đổi đơn vị quản lý qua đồng bộ.",
            "the file would move a record ({table}) of “{owner}” to unit “{claimed}”; a record never changes "
            "its managing unit through sync.",
        ),
        "sync.reason.ours_from_above": (
            "tệp từ cấp trên chứa bản ghi ({table}) của đơn vị “{owner}” thuộc cài đặt này; cấp trên chỉ gửi "
            "xuống dữ liệu dùng chung của mình, không sửa bản ghi của đơn vị dưới.",
            "the file from above holds records ({table}) of unit “{owner}”, which this installation keeps; "
            "a unit above sends down only its own reference data, never changes the records of a unit below.",
        ),
        "sync.reason.protected_unit": (
            "tệp gửi lên muốn sửa đơn vị “{code}”, là đơn vị trong danh mục quốc gia hoặc do cấp trên gửi xuống; "
            "tệp gửi lên không được sửa đơn vị này.",
            "the file sent up would change unit “{code}”, which is on the national list or came from above; "
            "a file sent up may not change it.",
        ),
        "sync.reason.future_version": (
            "tệp chứa thay đổi ghi lúc {when}, muộn hơn đồng hồ máy này quá một ngày. Hãy kiểm tra ngày giờ "
            "trên máy của đơn vị gửi (và máy này) rồi xin xuất lại tệp.",
            "the file holds a change stamped {when}, more than a day ahead of this PC's clock. Check the date "
            "and time of the sending PC (and of this one), then ask for the file again.",
        ),
        "sync.reason.keys_in_up_file": (
            "tệp gửi lên từ {unit} chứa danh sách khóa tin cậy; chỉ cấp trên mới được gửi danh sách này.",
            "the file sent up by {unit} holds trusted keys; only a unit above may send them.",
        ),
        "sync.reason.too_many_rows": (
            "tệp chứa {rows} bản ghi, nhiều hơn mức tối đa {limit} của một tệp; không mở tệp này.",
            "the file holds {rows} records, more than the {limit} one file may hold; it was not opened.",
        ),
        "sync.reason.not_reference": (
            "tệp từ cấp trên chỉ được chứa dữ liệu dùng chung, nhưng có bảng {table}.",
            "a file from above may only hold reference data, but it holds {table}.",
        ),
        "sync.reason.missing_reference": (
            "một bản ghi ({table}, cột {column}) trỏ tới “{value}”, không có trong tệp lẫn trong cơ sở dữ liệu."
            + _CHECK_AGAIN,
            "a record ({table}, column {column}) points at “{value}”, which is neither in the file nor in "
            "the database." + _ASK_AGAIN,
        ),
        "sync.reason.own_file": (
            "tệp này do chính cài đặt này xuất ra; hãy gửi nó cho đơn vị nhận.",
            "this installation wrote this file itself; send it to the receiving unit.",
        ),
        "sync.reason.not_card": ("đây không phải thẻ khóa HTX.", "this is not an HTX key card."),
        "sync.reason.card_fingerprint": (
            "dấu vân tay ghi trên thẻ không khớp với khóa trong thẻ; thẻ đã bị sửa.",
            "the fingerprint written on the card does not match its keys; the card was altered.",
        ),
        "sync.reason.bad_card_signature": (
            "chữ ký của thẻ không đúng; thẻ đã bị sửa.",
            "the card's signature is wrong; the card was altered.",
        ),
        "sync.reason.card_revoked": (
            "khóa này đã bị thu hồi ngày {date} ({reason}).",
            "this key was revoked on {date} ({reason}).",
        ),
        "sync.reason.card_conflict": (
            "cài đặt này đã được tin cậy với khóa khác ({fingerprint}) và thẻ mới không được khóa cũ ký. "
            "Nếu máy cũ bị mất, hãy thu hồi khóa cũ trước (lệnh “keys revoke”), rồi tin cậy thẻ mới "
            "sau khi đối chiếu dấu vân tay qua điện thoại.",
            "this installation is trusted with another key ({fingerprint}) and the new card is not signed "
            "by it. If the old PC was lost, revoke the old key first (“keys revoke”), then trust the new "
            "card after comparing the fingerprint over the phone.",
        ),
        "sync.reason.card_conflict.gui": (
            "cài đặt này đã được tin cậy với khóa khác ({fingerprint}) và thẻ mới không được khóa cũ ký. "
            "Nếu máy cũ bị mất, khóa cũ phải được thu hồi trước; màn hình Đồng bộ chưa làm được việc này, "
            "hãy nhờ cán bộ kỹ thuật thu hồi (lệnh “htx-cli keys revoke”), rồi bấm lại “Tin cậy thẻ khóa…” "
            "sau khi đối chiếu dấu vân tay qua điện thoại.",
            "this installation is trusted with another key ({fingerprint}) and the new card is not signed "
            "by it. If the old PC was lost, the old key must be revoked first; the Sync screen cannot do "
            "that yet: ask your IT person to revoke it (“htx-cli keys revoke”), then press “Trust a key "
            "card…” again after comparing the fingerprint over the phone.",
        ),
        "sync.reason.card_unknown_unit": (
            "thẻ khóa ghi đơn vị “{unit}” mà cơ sở dữ liệu này không có.",
            "the card names unit “{unit}”, which this database does not have.",
        ),
        "sync.reason.own_card": (
            "đây là thẻ khóa của chính cài đặt này.",
            "this is this installation's own key card.",
        ),
        # other messages
        "sync.not_initialised": (
            "Cơ sở dữ liệu chưa được khởi tạo cho một đơn vị.",
            "The database has not been set up for a unit.",
        ),
        "sync.no_upstream": (
            "Cài đặt này không có đơn vị cấp trên để gửi tệp đồng bộ.",
            "This installation has no upstream unit to send sync files to.",
        ),
        "sync.no_receiver_key": (
            "Chưa tin cậy thẻ khóa nào của {unit}: hãy nhận thẻ khóa của đơn vị đó và chạy “keys trust” "
            "trước khi xuất tệp.",
            "No key card of {unit} is trusted: get its key card and run “keys trust” before exporting.",
        ),
        "sync.no_receiver_key.gui": (
            "Chưa xuất được tệp: chưa tin cậy thẻ khóa nào của {unit}. Hãy nhận thẻ khóa của đơn vị đó "
            "(tệp .htxkey), đọc đối chiếu dấu vân tay qua điện thoại, rồi bấm “Tin cậy thẻ khóa…”.",
            "Cannot export yet: no key card of {unit} is trusted. Get its key card (a .htxkey file), "
            "compare the fingerprint over the phone, then press “Trust a key card…”.",
        ),
        "sync.not_below": (
            "Đơn vị {unit} không thuộc cấp dưới của cài đặt này.",
            "Unit {unit} is not below this installation.",
        ),
        "sync.no_files_from": (
            "Chưa nhập tệp đồng bộ nào từ “{selector}”.",
            "No sync file from “{selector}” has been imported.",
        ),
        "sync.several_senders": (
            "Có nhiều cài đặt của đơn vị “{selector}”; hãy ghi mã cài đặt.",
            "Several installations of unit “{selector}”; give the installation id.",
        ),
        "sync.no_such_key": ("Không có khóa tin cậy nào khớp “{selector}”.", "No trusted key matches “{selector}”."),
        "sync.several_keys": (
            "Có {count} khóa khớp “{selector}”; hãy ghi mã cài đặt hoặc dấu vân tay.",
            "{count} keys match “{selector}”; give the installation id or the fingerprint.",
        ),
        "sync.revoke_needs_reason": (
            "Hãy ghi lý do thu hồi khóa (ví dụ: mất máy).",
            "Give the reason for revoking the key (e.g. PC lost).",
        ),
        "sync.revoked_by": (" Thu hồi bởi {username}.", " Revoked by {username}."),
        "sync.replaced_reason": ("được thay bằng khóa {fingerprint}", "replaced by key {fingerprint}"),
        "sync.key_vouched_by": ("do {unit} chuyển xuống", "passed down by {unit}"),
        "sync.conflict_reviewed": ("Xung đột số {id} đã được xem xét.", "Conflict {id} was already reviewed."),
        "sync.conflict_cannot_restore": (
            "Không thể khôi phục bản ghi bị trùng mã với một bản ghi khác.",
            "A record whose key another record holds cannot be restored.",
        ),
        "sync.what.conflict": ("xung đột", "conflict"),
        # command line
        "cli.sync": ("tệp đồng bộ: xuất, nhập, biên nhận", "sync files: export, import, receipts"),
        "cli.keys.fingerprint": ("dấu vân tay khóa của cài đặt này, để đọc qua điện thoại", "this installation's key fingerprint, to read over the phone"),
        "cli.keys.card": ("ghi thẻ khóa của cài đặt này và trang để in", "write this installation's key card and a page to print"),
        "cli.keys.trust": (
            "tin cậy thẻ khóa của cài đặt khác (sau khi đối chiếu dấu vân tay qua điện thoại)",
            "trust another installation's key card (after checking its fingerprint over the phone)",
        ),
        "cli.keys.list": ("các khóa đã tin cậy", "trusted keys"),
        "cli.keys.revoke": ("thu hồi một khóa bị mất (từ nay từ chối tệp của nó)", "revoke a lost key (its files are refused from then on)"),
        "cli.keys.replace": ("tạo khóa mới cho cài đặt này và ghi thẻ khóa thay thế", "give this installation new keys and write the replacing card"),
        "cli.sync.export": (
            "ghi tệp đồng bộ đã ký, mã hoá, gửi lên đơn vị cấp trên (--down: dữ liệu dùng chung gửi xuống một đơn vị)",
            "write a signed, encrypted sync file for the unit above (--down: reference data for a unit below)",
        ),
        "cli.sync.import": (
            "kiểm tra và nhập một hay nhiều tệp đồng bộ (hoặc mọi tệp trong thư mục), mỗi tệp một giao dịch",
            "check and import one or more sync files (or every file in a folder), one transaction each",
        ),
        "cli.sync.files": ("tệp đồng bộ hoặc thư mục chứa chúng", "sync files or folders of them"),
        "cli.sync.dry_run": (
            "chỉ kiểm tra và cho biết sẽ thay đổi gì; không ghi gì",
            "check and show what would change; write nothing",
        ),
        "cli.sync.progress": ("in tiến độ lên stderr", "print progress on stderr"),
        "cli.sync.receipt": (
            "ghi biên nhận xác nhận những gì đã nhận từ một cài đặt gửi lên",
            "write a receipt confirming what was received from a sending installation",
        ),
        "cli.sync.import_receipt": ("ghi nhận biên nhận từ cấp trên", "record a receipt from upstream"),
        "cli.sync.history": ("các lần xuất và nhập tệp đồng bộ", "sync exports and imports so far"),
        "cli.sync.conflicts": ("các xung đột chưa xem xét", "conflicts not yet reviewed"),
        "cli.sync.resolve": (
            "đánh dấu một xung đột đã xem xét (--restore: khôi phục bản đã thua)",
            "mark a conflict reviewed (--restore: bring back the version that lost)",
        ),
        "cli.sync.upstream": ("xem hoặc đổi đơn vị nhận tệp gửi lên", "show or change the unit this installation sends to"),
        "keys.card_written": (
            "Đã ghi thẻ khóa: {card}\nTrang để in (dấu vân tay và mã QR): {page}\nDấu vân tay:",
            "Key card written: {card}\nPage to print (fingerprint and QR code): {page}\nFingerprint:",
        ),
        "keys.trust.new": (
            "Đã tin cậy thẻ khóa của {unit}. Dấu vân tay (phải khớp với số đọc qua điện thoại):",
            "Trusted the key card of {unit}. Fingerprint (must match the one read over the phone):",
        ),
        "keys.trust.updated": (
            "Thẻ khóa của {unit} đã được tin cậy; đã cập nhật thông tin trên thẻ. Dấu vân tay:",
            "The key card of {unit} was already trusted; its details were updated. Fingerprint:",
        ),
        "keys.trust.unchanged": (
            "Thẻ khóa của {unit} đã được tin cậy từ trước; không có gì thay đổi. Dấu vân tay:",
            "The key card of {unit} was already trusted; nothing changed. Fingerprint:",
        ),
        "keys.trust.replaced": (
            "Khóa mới của {unit} thay cho khóa {old} (thẻ mới được khóa cũ ký; khóa cũ đã thu hồi). Dấu vân tay mới:",
            "The new key of {unit} replaces key {old} (signed by the old key, which is now revoked). "
            "New fingerprint:",
        ),
        "keys.none": ("Chưa tin cậy thẻ khóa nào.", "No key card is trusted yet."),
        "keys.col.fingerprint": ("Dấu vân tay", "Fingerprint"),
        "keys.col.site": ("Mã cài đặt", "Installation"),
        "keys.col.state": ("Trạng thái", "State"),
        "keys.trusted": ("tin cậy từ {date}", "trusted since {date}"),
        "keys.revoked": ("đã thu hồi {date}: {reason}", "revoked {date}: {reason}"),
        "keys.revoked_done": (
            "Đã thu hồi khóa {fingerprint} của {unit}; từ nay tệp ký bằng khóa này bị từ chối.",
            "Revoked key {fingerprint} of {unit}; files signed with it are refused from now on.",
        ),
        "keys.replaced_done": (
            "Đã tạo khóa mới. Gửi thẻ khóa mới cho các đơn vị trao đổi tệp với đơn vị này: {card}\n"
            "Trang để in: {page}\nDấu vân tay mới:",
            "New keys made. Send the new key card to every unit that exchanges files with this one: {card}\n"
            "Page to print: {page}\nNew fingerprint:",
        ),
        "sync.exported": (
            "Đã ghi tệp đồng bộ số {sequence} gửi {unit}: {path} ({records} bản ghi, {size} byte).",
            "Wrote sync file number {sequence} for {unit}: {path} ({records} records, {size} bytes).",
        ),
        "sync.already_imported": (
            "Tệp “{file}” (số {sequence} của {unit}) đã được nhập trước đây; không có gì mới.",
            "“{file}” (number {sequence} of {unit}) was imported before; nothing new.",
        ),
        "sync.preview_done": (
            "Chạy thử tệp số {sequence} của {unit}: sẽ thêm {new}, sửa {changed} bản ghi, {conflicts} xung đột. "
            "Chưa ghi gì; chạy lại không có --dry-run để nhập.",
            "Dry run of file {sequence} of {unit}: would add {new} and change {changed} records, "
            "{conflicts} conflicts. Nothing written; run again without --dry-run to import.",
        ),
        "sync.import_done": (
            "Đã nhập tệp số {sequence} của {unit}: thêm {new}, sửa {changed} bản ghi, {conflicts} xung đột.",
            "Imported file {sequence} of {unit}: {new} records added, {changed} changed, {conflicts} conflicts.",
        ),
        "sync.batch_summary": (
            "Tổng cộng {total} tệp: đã nhập {imported}, không có gì mới {nothing_new}, bị từ chối {refused}.",
            "{total} files in all: {imported} imported, {nothing_new} with nothing new, {refused} refused.",
        ),
        "sync.folder_empty": ("Thư mục “{folder}” không có tệp đồng bộ nào.", "No sync file in “{folder}”."),
        "sync.col.new": ("Mới", "New"),
        "sync.col.changed": ("Thay đổi", "Changed"),
        "sync.col.unchanged": ("Không đổi", "Unchanged"),
        "sync.col.rejected": ("Bị từ chối", "Rejected"),
        "sync.col.conflicts": ("Xung đột", "Conflicts"),
        "sync.col.when": ("Thời gian", "When"),
        "sync.col.what": ("Việc", "What"),
        "sync.col.sequence": ("Số", "Number"),
        "sync.col.file": ("Tệp", "File"),
        "sync.col.record": ("Bản ghi", "Record"),
        "sync.col.kind": ("Loại", "Kind"),
        "sync.receipt_written": (
            "Đã ghi biên nhận cho {unit} (đã nhận đến tệp số {sequence}): {path}",
            "Wrote the receipt for {unit} (files up to number {sequence} received): {path}",
        ),
        "sync.receipt_imported": (
            "Đã ghi nhận biên nhận của {unit}: đã nhận đến tệp số {sequence}. Tệp sau sẽ chỉ gồm thay đổi mới.",
            "Recorded the receipt of {unit}: files up to number {sequence} received. The next file holds "
            "only newer changes.",
        ),
        "sync.receipt_already_imported": (
            "Biên nhận “{file}” đã được ghi nhận trước đây.",
            "Receipt “{file}” was recorded before.",
        ),
        "sync.history_empty": ("Chưa gửi hay nhận tệp đồng bộ nào.", "No sync file sent or received yet."),
        "sync.history.sent.changes": ("gửi tệp đồng bộ", "sent sync file"),
        "sync.history.received.changes": ("nhận tệp đồng bộ", "received sync file"),
        "sync.history.sent.receipt": ("gửi biên nhận", "sent receipt"),
        "sync.history.received.receipt": ("nhận biên nhận", "received receipt"),
        "sync.no_conflicts": ("Không có xung đột nào chờ xem xét.", "No conflict waits for review."),
        "sync.conflict.older": ("bản cũ hơn bị thay", "older version replaced"),
        "sync.conflict.duplicate": ("trùng mã với bản ghi khác", "key held by another record"),
        "sync.resolved_kept": ("Xung đột {id}: giữ bản mới hơn.", "Conflict {id}: kept the newer version."),
        "sync.resolved_restored": (
            "Xung đột {id}: đã khôi phục nội dung bản cũ thành một thay đổi mới.",
            "Conflict {id}: restored the losing contents as a new change.",
        ),
        "sync.upstream_set": ("Từ nay tệp đồng bộ gửi cho {unit}.", "Sync files now go to {unit}."),
        # key card page
        "card.title": ("THẺ KHÓA ĐỒNG BỘ — HTX Desktop", "SYNC KEY CARD — HTX Desktop"),
        "card.unit": ("Đơn vị", "Unit"),
        "card.role": ("Vai trò", "Role"),
        "card.role.commune": ("Cấp xã (nhập liệu)", "Commune (data entry)"),
        "card.role.aggregator": ("Đơn vị tổng hợp", "Aggregating unit"),
        "card.upstream": ("Gửi tệp lên", "Sends files to"),
        "card.site": ("Mã cài đặt", "Installation id"),
        "card.created": ("Ngày tạo thẻ", "Card made"),
        "card.replaces": ("Thay cho khóa", "Replaces key"),
        "card.fingerprint": ("Dấu vân tay của khóa:", "Key fingerprint:"),
        "card.instructions": (
            "Trước khi tin cậy thẻ này, người nhận gọi điện cho đơn vị trên và cùng đọc to từng nhóm "
            "4 ký tự của dấu vân tay. Chỉ tin cậy khi cả 8 nhóm đều khớp. Thẻ khóa không chứa bí mật: "
            "có thể gửi qua thư điện tử.",
            "Before trusting this card, the receiver phones the unit above and both read out each group "
            "of 4 characters of the fingerprint. Trust it only when all 8 groups match. A key card holds "
            "no secret: it may be sent by e-mail.",
        ),
    }
)
