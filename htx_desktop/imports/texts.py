"""Messages of the Excel import, in Vietnamese and English (see `htx_desktop.messages`)."""

from __future__ import annotations

from htx_desktop.messages import MESSAGES

MESSAGES.update(
    {
        # files that cannot be read at all
        "imports.missing": ("Không tìm thấy tệp “{path}”.", "File “{path}” not found."),
        "imports.xls": (
            "Tệp “{path}” là dạng Excel cũ (.xls), chương trình chỉ đọc được .xlsx. Hãy mở tệp trong Excel, "
            "chọn Tệp > Lưu thành (File > Save As), chọn kiểu “Sổ làm việc Excel (*.xlsx)” rồi nhập tệp mới.",
            "“{path}” is an old Excel file (.xls); only .xlsx can be read. Open it in Excel, choose File > Save As, "
            "pick “Excel Workbook (*.xlsx)” and import the new file.",
        ),
        "imports.encrypted": (
            "Tệp “{path}” có mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) "
            "rồi lưu lại và nhập lại.",
            "“{path}” is protected by a password. Open it in Excel, remove the password (File > Info > Protect "
            "Workbook), save it and import it again.",
        ),
        "imports.not_workbook": (
            "Tệp “{path}” không phải tệp Excel (.xlsx) hoặc đã bị hỏng, không đọc được.",
            "“{path}” is not an Excel file (.xlsx), or it is damaged and cannot be read.",
        ),
        "imports.no_sheet": (
            "Tệp không có trang tính “{sheet}”. Các trang có: {sheets}.",
            "The workbook has no sheet “{sheet}”. Its sheets: {sheets}.",
        ),
        "imports.too_large": (
            "Tệp “{path}” quá lớn để nhập (khi giải nén hơn {limit} MB). Hãy chia danh sách thành nhiều tệp nhỏ hơn.",
            "“{path}” is too large to import (over {limit} MB unpacked). Split the list into smaller files.",
        ),
        "imports.too_many_rows": (
            "Trang tính “{sheet}” có hơn {limit} dòng. Hãy chia danh sách thành nhiều tệp nhỏ hơn.",
            "Sheet “{sheet}” has more than {limit} rows. Split the list into smaller files.",
        ),
        "imports.empty_sheet": ("Trang tính “{sheet}” không có dữ liệu.", "Sheet “{sheet}” is empty."),
        "imports.no_header": (
            "Không tìm thấy dòng tiêu đề cột trong trang “{sheet}” (cần ít nhất các cột: {needed}). Hãy dùng "
            "mẫu nhập của chương trình, hoặc chỉ rõ cột nào là gì (tệp ghép cột).",
            "No header row found on sheet “{sheet}” (it needs at least the columns: {needed}). Use the "
            "program's template, or say which column is which (a mapping file).",
        ),
        "imports.unmapped_required": (
            "Chưa có cột cho: {fields}. Hãy chọn cột tương ứng.",
            "No column for: {fields}. Choose the matching columns.",
        ),
        "imports.bad_mapping": (
            "Tệp ghép cột “{path}” không đọc được: {reason}",
            "The mapping file “{path}” cannot be read: {reason}",
        ),
        "imports.unknown_field": ("trường “{field}” không có trong loại “{kind}”", "there is no field “{field}” in “{kind}”"),
        "imports.unknown_kind": ("Không có loại danh sách “{kind}”.", "There is no list kind “{kind}”."),
        "imports.training_needed": (
            "Danh sách học viên cần chỉ rõ khóa học (--training).",
            "An attendance list needs its training (--training).",
        ),
        "imports.bad_training": ("Mã khóa học “{value}” không hợp lệ.", "“{value}” is not a training id."),
        "imports.strict_refused": (
            "Có {count} dòng bị từ chối: không ghi dòng nào (chế độ --strict).",
            "{count} rows were rejected: nothing was written (--strict).",
        ),
        "imports.write_failed": (
            "Nhập dừng ở dòng {row}: {reason} Không có dòng nào được ghi.",
            "The import stopped at row {row}: {reason} Nothing was written.",
        ),
        # values
        "imports.not_number": ("“{value}” không phải số nguyên.", "“{value}” is not a whole number."),
        "imports.not_date": (
            "“{value}” không phải ngày (dd/mm/yyyy).",
            "“{value}” is not a date (dd/mm/yyyy).",
        ),
        "imports.not_year": ("“{value}” không phải năm.", "“{value}” is not a year."),
        "imports.not_yes_no": (
            "“{value}” không rõ là có hay không (dùng “x”, “có” hoặc để trống).",
            "“{value}” is neither yes nor no (use “x”, “có”, or leave it empty).",
        ),
        "imports.not_choice": ("“{value}” không có trong danh sách: {choices}.", "“{value}” is not one of: {choices}."),
        "imports.unknown_unit": ("Không có đơn vị “{value}”.", "There is no unit “{value}”."),
        "imports.person_not_found": (
            "Không tìm thấy người này trong dữ liệu: hãy nhập danh sách người trước.",
            "This person is not in the database: import the people first.",
        ),
        "imports.cooperative_not_found": (
            "Không tìm thấy HTX/THT này trong dữ liệu: hãy nhập danh sách HTX trước.",
            "This cooperative is not in the database: import the cooperatives first.",
        ),
        "imports.duplicate_row": ("Trùng với dòng {row} của tệp.", "Same as row {row} of the file."),
        # preview and results
        "imports.action.create": ("Thêm mới", "New"),
        "imports.action.update": ("Cập nhật", "Update"),
        "imports.action.reject": ("Từ chối", "Rejected"),
        "imports.summary": (
            "{created} dòng thêm mới, {updated} dòng cập nhật, {rejected} dòng bị từ chối.",
            "{created} new, {updated} updated, {rejected} rejected.",
        ),
        "imports.dry_run": ("(Chạy thử: chưa ghi gì.)", "(Dry run: nothing written.)"),
        "imports.errors_column": ("Lỗi cần sửa", "What to fix"),
        "imports.errors_written": ("Các dòng bị từ chối đã ghi vào “{path}”.", "Rejected rows written to “{path}”."),
        "imports.col.row": ("Dòng", "Row"),
        "imports.col.action": ("Kết quả", "Result"),
        "imports.col.reason": ("Lý do", "Reason"),
        "imports.template_written": ("Đã ghi mẫu nhập: {path}", "Template written: {path}"),
        "imports.notes_hint": ("Ghi chú: {text}", "Note: {text}"),
        "imports.example": ("Ví dụ", "Example"),
    }
)
