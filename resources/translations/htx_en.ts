<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>không ghi trong thông tin gói</source>
      <translation>not stated in the package information</translation>
    </message>
    <message>
      <source>Giới thiệu HTX Desktop</source>
      <translation>About HTX Desktop</translation>
    </message>
    <message>
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Thư mục dữ liệu</source>
      <translation>Data folder</translation>
    </message>
    <message>
      <source>Tệp nhật ký</source>
      <translation>Log file</translation>
    </message>
    <message>
      <source>Giấy phép của chương trình</source>
      <translation>The program's licence</translation>
    </message>
    <message>
      <source>Nền tảng</source>
      <translation>Platform</translation>
    </message>
    <message>
      <source>Gói</source>
      <translation>Package</translation>
    </message>
    <message>
      <source>Phiên bản</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Giấy phép</source>
      <translation>Licence</translation>
    </message>
    <message>
      <source>&lt;h2&gt;HTX Desktop {version}&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;HTX Desktop {version}&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>Quản lý hợp tác xã, tổ hợp tác do phụ nữ tham gia quản lý — Hội Liên hiệp Phụ nữ Việt Nam.</source>
      <translation>Register of women-managed cooperatives and cooperative groups — Vietnam Women's Union.</translation>
    </message>
    <message>
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Dấu vân tay khóa của máy này</source>
      <translation>This installation's key fingerprint</translation>
    </message>
    <message>
      <source>Bảo vệ dữ liệu</source>
      <translation>Data protection</translation>
    </message>
    <message>
      <source>Phần mềm đi kèm và giấy phép</source>
      <translation>Software shipped with the program and its licences</translation>
    </message>
    <message>
      <source>Qt (qua PySide6) được dùng theo giấy phép LGPL-3.0.</source>
      <translation>Qt (through PySide6) is used under the LGPL-3.0 licence.</translation>
    </message>
  </context>
  <context>
    <name>ActivitiesPage</name>
    <message>
      <source>hoạt động tuyên truyền</source>
      <translation>outreach event</translation>
    </message>
    <message>
      <source>Mọi hình thức</source>
      <translation>Every form</translation>
    </message>
    <message>
      <source>Năm tổ chức</source>
      <translation>Year held</translation>
    </message>
    <message>
      <source>hoạt động hỗ trợ</source>
      <translation>support action</translation>
    </message>
    <message>
      <source>Mọi nội dung hỗ trợ</source>
      <translation>Every kind of support</translation>
    </message>
    <message>
      <source>Năm hỗ trợ</source>
      <translation>Year given</translation>
    </message>
    <message>
      <source>báo cáo việc làm</source>
      <translation>job report</translation>
    </message>
    <message>
      <source>Năm</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>khen thưởng</source>
      <translation>commendation</translation>
    </message>
    <message>
      <source>Mọi cấp</source>
      <translation>Every level</translation>
    </message>
    <message>
      <source>khoản kinh phí</source>
      <translation>funding entry</translation>
    </message>
    <message>
      <source>Mọi nguồn</source>
      <translation>Every source</translation>
    </message>
    <message>
      <source>Năm chi</source>
      <translation>Year spent</translation>
    </message>
    <message>
      <source>Chủ đề</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>Hình thức</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Địa điểm</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Đối tượng</source>
      <translation>Audience</translation>
    </message>
    <message>
      <source>Tham dự</source>
      <translation>Attended</translation>
    </message>
    <message>
      <source>Nữ</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message numerus="yes">
      <source>%Ln hoạt động tuyên truyền</source>
      <translation>
        <numerusform>%Ln outreach event</numerusform>
        <numerusform>%Ln outreach events</numerusform>
      </translation>
    </message>
    <message>
      <source>HTX/THT</source>
      <translation>cooperatives or groups</translation>
    </message>
    <message>
      <source>Nội dung hỗ trợ</source>
      <translation>Kind of support</translation>
    </message>
    <message>
      <source>Số tiền (đồng)</source>
      <translation>Amount (VND)</translation>
    </message>
    <message>
      <source>Nơi cho vay</source>
      <translation>Lender</translation>
    </message>
    <message>
      <source>Đơn vị hỗ trợ</source>
      <translation>Given by</translation>
    </message>
    <message numerus="yes">
      <source>%Ln hoạt động hỗ trợ</source>
      <translation>
        <numerusform>%Ln support action</numerusform>
        <numerusform>%Ln support actions</numerusform>
      </translation>
    </message>
    <message>
      <source>Ngày báo cáo</source>
      <translation>Date reported</translation>
    </message>
    <message>
      <source>Việc làm mới (nữ)</source>
      <translation>New jobs (women)</translation>
    </message>
    <message>
      <source>Việc làm ổn định (nữ)</source>
      <translation>Stable jobs (women)</translation>
    </message>
    <message numerus="yes">
      <source>%Ln báo cáo việc làm</source>
      <translation>
        <numerusform>%Ln job report</numerusform>
        <numerusform>%Ln job reports</numerusform>
      </translation>
    </message>
    <message>
      <source>Được khen</source>
      <translation>Commended</translation>
    </message>
    <message>
      <source>Khen thưởng cho</source>
      <translation>Awarded to</translation>
    </message>
    <message>
      <source>Hình thức khen thưởng</source>
      <translation>Commendation</translation>
    </message>
    <message>
      <source>Cấp</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Số quyết định</source>
      <translation>Decision number</translation>
    </message>
    <message numerus="yes">
      <source>%Ln khen thưởng</source>
      <translation>
        <numerusform>%Ln commendation</numerusform>
        <numerusform>%Ln commendations</numerusform>
      </translation>
    </message>
    <message>
      <source>Nội dung chi</source>
      <translation>What for</translation>
    </message>
    <message>
      <source>Nguồn kinh phí</source>
      <translation>Funding source</translation>
    </message>
    <message>
      <source>Ngày chi</source>
      <translation>Date spent</translation>
    </message>
    <message numerus="yes">
      <source>%Ln khoản kinh phí</source>
      <translation>
        <numerusform>%Ln funding entry</numerusform>
        <numerusform>%Ln funding entries</numerusform>
      </translation>
    </message>
    <message>
      <source>Tuyên truyền</source>
      <translation>Outreach</translation>
    </message>
    <message>
      <source>Hỗ trợ HTX/THT</source>
      <translation>Support to a cooperative</translation>
    </message>
    <message>
      <source>Việc làm cho lao động nữ</source>
      <translation>Jobs for women</translation>
    </message>
    <message>
      <source>Khen thưởng</source>
      <translation>Commendation</translation>
    </message>
    <message>
      <source>Kinh phí</source>
      <translation>Funding</translation>
    </message>
    <message>
      <source>hoạt động tuyên truyền “{title}” ngày {date}</source>
      <translation>the outreach event “{title}” of {date}</translation>
    </message>
    <message>
      <source>hỗ trợ “{kind}” cho {name} ngày {date} (HTX/THT vẫn giữ nguyên)</source>
      <translation>the support “{kind}” to {name} of {date} (the cooperative stays)</translation>
    </message>
    <message>
      <source>báo cáo việc làm năm {year} của {name} (HTX/THT vẫn giữ nguyên)</source>
      <translation>the {year} job report of {name} (the cooperative stays)</translation>
    </message>
    <message>
      <source>khen thưởng “{title}” cho {name} ngày {date}</source>
      <translation>the commendation “{title}” to {name} of {date}</translation>
    </message>
    <message>
      <source>khoản chi “{purpose}” ({amount} đồng) ngày {date}</source>
      <translation>the spending “{purpose}” ({amount} VND) of {date}</translation>
    </message>
  </context>
  <context>
    <name>ActivityDialogs</name>
    <message>
      <source>Gõ tên, ví dụ: chinh sach, agribank</source>
      <translation>Type a name, e.g. chinh sach, agribank</translation>
    </message>
    <message>
      <source>Gõ vài chữ, ví dụ: giay khen xa</source>
      <translation>Type a few words, e.g. giay khen xa</translation>
    </message>
  </context>
  <context>
    <name>ActivityHistory</name>
    <message>
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Nội dung hỗ trợ</source>
      <translation>Kind of support</translation>
    </message>
    <message>
      <source>Số tiền (đồng)</source>
      <translation>Amount (VND)</translation>
    </message>
    <message>
      <source>Nơi cho vay</source>
      <translation>Lender</translation>
    </message>
    <message>
      <source>Đơn vị hỗ trợ</source>
      <translation>Given by</translation>
    </message>
    <message>
      <source>Năm</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Ngày báo cáo</source>
      <translation>Date reported</translation>
    </message>
    <message>
      <source>Việc làm mới (nữ)</source>
      <translation>New jobs (women)</translation>
    </message>
    <message>
      <source>Việc làm ổn định (nữ)</source>
      <translation>Stable jobs (women)</translation>
    </message>
    <message>
      <source>Khóa học</source>
      <translation>Training</translation>
    </message>
    <message>
      <source>Từ ngày</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Đến ngày</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Hoàn thành</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>Chức vụ</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>HTX/THT</source>
      <translation>cooperatives or groups</translation>
    </message>
  </context>
  <context>
    <name>AttendancePanel</name>
    <message>
      <source>Danh sách có {count} học viên, {completed} hoàn thành.</source>
      <translation>Participants: {count}, completed: {completed}.</translation>
    </message>
    <message>
      <source>Bỏ khỏi danh sách</source>
      <translation>Remove from the list</translation>
    </message>
    <message>
      <source>&amp;Bỏ khỏi danh sách</source>
      <translation>&amp;Remove from the list</translation>
    </message>
    <message>
      <source>&amp;Giữ lại</source>
      <translation>&amp;Keep</translation>
    </message>
    <message>
      <source>Thêm học viên</source>
      <translation>Add participants</translation>
    </message>
    <message>
      <source>Thêm ban quản lý một HTX/THT</source>
      <translation>Add a cooperative's managers</translation>
    </message>
    <message>
      <source>Đã thêm: {name}.</source>
      <translation>Added: {name}.</translation>
    </message>
    <message>
      <source>Đã có trong danh sách: {name}.</source>
      <translation>Already on the list: {name}.</translation>
    </message>
    <message>
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Năm sinh</source>
      <translation>Birth year</translation>
    </message>
    <message>
      <source>Tham dự</source>
      <translation>Attended</translation>
    </message>
    <message>
      <source>Hoàn thành</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>Bỏ h&amp;oàn thành cho tất cả</source>
      <translation>&amp;Clear completion for all</translation>
    </message>
    <message>
      <source>Tất cả h&amp;oàn thành</source>
      <translation>All &amp;completed</translation>
    </message>
    <message>
      <source>Chưa hoàn thành: {name}.</source>
      <translation>Not completed: {name}.</translation>
    </message>
    <message>
      <source>Đã hoàn thành: {name}.</source>
      <translation>Completed: {name}.</translation>
    </message>
    <message>
      <source>Đã bỏ dấu hoàn thành của {count} người.</source>
      <translation>Completion cleared for {count} people.</translation>
    </message>
    <message>
      <source>Đã đánh dấu hoàn thành cho {count} người.</source>
      <translation>{count} more marked as completed.</translation>
    </message>
    <message>
      <source>Thay đổi vừa rồi chưa được lưu; xem danh sách mới nhất rồi làm lại nếu vẫn cần.</source>
      <translation>Your last change was not saved; look at the newest list and do it again if it is still needed.</translation>
    </message>
    <message>
      <source>Bỏ {name} khỏi danh sách học viên của khóa này?</source>
      <translation>Remove {name} from this training's list?</translation>
    </message>
    <message>
      <source>Không ai đang giữ chức vụ ở {name}. Hãy chọn HTX/THT khác, hoặc Esc.</source>
      <translation>Nobody holds a post in {name} today. Choose another cooperative, or press Esc.</translation>
    </message>
    <message>
      <source>{name}: đã thêm {added} người; {already} người đã có trong danh sách.</source>
      <translation>{name}: {added} added; {already} already on the list.</translation>
    </message>
    <message>
      <source>Đã tải danh sách mới nhất; thay đổi vừa rồi chưa được lưu.</source>
      <translation>The newest list is loaded; your last change was not saved.</translation>
    </message>
    <message>
      <source>Đã bỏ {name} khỏi danh sách.</source>
      <translation>{name} removed from the list.</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>có</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>không</source>
      <translation>no</translation>
    </message>
    <message>
      <source>Thay đổi dữ liệu</source>
      <translation>Changes to data</translation>
    </message>
    <message>
      <source>Lịch sử đăng nhập</source>
      <translation>Sign-in history</translation>
    </message>
    <message>
      <source>&amp;Lọc</source>
      <translation>&amp;Filter</translation>
    </message>
    <message>
      <source>Trang &amp;trước</source>
      <translation>&amp;Previous page</translation>
    </message>
    <message>
      <source>Trang &amp;sau</source>
      <translation>&amp;Next page</translation>
    </message>
    <message>
      <source>gõ tên người hoặc HTX</source>
      <translation>type a person's or cooperative's name</translation>
    </message>
    <message>
      <source>ngày/tháng/năm</source>
      <translation>day/month/year</translation>
    </message>
    <message>
      <source>Thời gian</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Người dùng</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Thao tác</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Hồ sơ</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Thay đổi</source>
      <translation>Changes</translation>
    </message>
    <message>
      <source>Tất cả</source>
      <translation>Everyone</translation>
    </message>
    <message>
      <source>Ngày kết thúc phải sau ngày bắt đầu.</source>
      <translation>The end date must come after the start date.</translation>
    </message>
    <message>
      <source>Chỉ người quản trị mới xem được nhật ký thay đổi và đăng nhập.</source>
      <translation>Only an administrator can see the log of changes and sign-ins.</translation>
    </message>
    <message>
      <source>&amp;Xem:</source>
      <translation>&amp;Show:</translation>
    </message>
    <message>
      <source>&amp;Người dùng:</source>
      <translation>&amp;User:</translation>
    </message>
    <message>
      <source>&amp;Hồ sơ:</source>
      <translation>&amp;Record:</translation>
    </message>
    <message>
      <source>&amp;Từ ngày:</source>
      <translation>F&amp;rom:</translation>
    </message>
    <message>
      <source>Đế&amp;n ngày:</source>
      <translation>&amp;To:</translation>
    </message>
    <message>
      <source>Trang {page}/{pages} ({count} dòng)</source>
      <translation>Page {page}/{pages} ({count} rows)</translation>
    </message>
  </context>
  <context>
    <name>BackupsBox</name>
    <message>
      <source>Sao lưu và khôi phục</source>
      <translation>Back up and restore</translation>
    </message>
    <message>
      <source>Số bản sao lưu hằng ngày được &amp;giữ:</source>
      <translation>Daily backups &amp;kept:</translation>
    </message>
    <message>
      <source>Bản sao lưu gần nhất:</source>
      <translation>Latest backup:</translation>
    </message>
    <message>
      <source>&amp;Sao lưu ngay</source>
      <translation>&amp;Back up now</translation>
    </message>
    <message>
      <source>&amp;Khôi phục từ bản sao lưu…</source>
      <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
      <source>Đang sao lưu…</source>
      <translation>Backing up…</translation>
    </message>
    <message>
      <source>Chọn bản sao lưu để khôi phục</source>
      <translation>Choose the backup to restore</translation>
    </message>
    <message>
      <source>Bản sao lưu HTX (*.sqlite3 *.db);;Mọi tệp (*)</source>
      <translation>HTX backups (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
      <source>Khôi phục dữ liệu</source>
      <translation>Restore data</translation>
    </message>
    <message>
      <source>Mỗi ngày chương trình tự sao lưu một lần (khi mở và trong lúc đang mở) vào thư mục sao lưu; các bản cũ nhất được xóa bớt. Bản “Sao lưu ngay” không bao giờ bị xóa tự động.</source>
      <translation>Once a day the program backs up by itself (at start-up and while it stays open) into the backups folder; the oldest copies are removed. A “Back up now” copy is never removed automatically.</translation>
    </message>
    <message>
      <source>chưa có</source>
      <translation>none yet</translation>
    </message>
    <message>
      <source>Khôi phục</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Không khôi phục</source>
      <translation>Don't restore</translation>
    </message>
    <message>
      <source>Đã sao lưu vào “{path}”.</source>
      <translation>Backed up to “{path}”.</translation>
    </message>
    <message>
      <source>Đã khôi phục từ “{path}”.
Dữ liệu trước khi khôi phục được giữ ở “{previous}”.

Chương trình sẽ khởi động lại.</source>
      <translation>Restored from “{path}”.
The data before the restore is kept at “{previous}”.

The program will now restart.</translation>
    </message>
    <message>
      <source>Thay dữ liệu hiện tại bằng bản sao lưu “{name}” ({unit})?

Dữ liệu hiện tại được sao lưu trước nên không mất gì. Sau khi khôi phục, chương trình sẽ khởi động lại.</source>
      <translation>Replace the current data by the backup “{name}” ({unit})?

The current data is backed up first, so nothing is lost. After the restore the program restarts.</translation>
    </message>
  </context>
  <context>
    <name>CommendationForm</name>
    <message>
      <source>Khen thưởng</source>
      <translation>Commendation</translation>
    </message>
    <message>
      <source>&amp;Khen thưởng cho:</source>
      <translation>&amp;Awarded to:</translation>
    </message>
    <message>
      <source>&amp;Người được khen:</source>
      <translation>&amp;Person:</translation>
    </message>
    <message>
      <source>HTX/&amp;THT được khen:</source>
      <translation>&amp;Cooperative or group:</translation>
    </message>
    <message>
      <source>&amp;Hình thức khen thưởng:</source>
      <translation>C&amp;ommendation:</translation>
    </message>
    <message>
      <source>&amp;Cấp khen thưởng:</source>
      <translation>&amp;Level:</translation>
    </message>
    <message>
      <source>Ngà&amp;y:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <source>Số &amp;quyết định:</source>
      <translation>Decision &amp;number:</translation>
    </message>
    <message>
      <source>ví dụ 125/QĐ-UBND</source>
      <translation>e.g. 125/QĐ-UBND</translation>
    </message>
    <message>
      <source>Đơn &amp;vị:</source>
      <translation>&amp;Unit:</translation>
    </message>
  </context>
  <context>
    <name>Common</name>
    <message>
      <source>HTX Desktop</source>
      <translation>HTX Desktop</translation>
    </message>
  </context>
  <context>
    <name>CooperativeChooser</name>
    <message>
      <source>Gõ tên HTX/THT, không cần dấu</source>
      <translation>Type the cooperative's name, diacritics optional</translation>
    </message>
    <message>
      <source>Có {count} HTX/THT khớp “{text}”; hãy chọn một trong danh sách.</source>
      <translation>{count} cooperatives match “{text}”; choose one in the list.</translation>
    </message>
    <message>
      <source>Không có HTX/THT nào khớp “{text}”. Hãy gõ lại tên.</source>
      <translation>No cooperative matches “{text}”. Type the name again.</translation>
    </message>
  </context>
  <context>
    <name>CooperativeDialog</name>
    <message>
      <source>Chức vụ</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Giới tính</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>Từ ngày</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Đến ngày</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Năm</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Thành viên</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>TV nữ</source>
      <translation>Female members</translation>
    </message>
    <message>
      <source>Lao động</source>
      <translation>Workers</translation>
    </message>
    <message>
      <source>LĐ nữ</source>
      <translation>Female workers</translation>
    </message>
    <message>
      <source>Doanh thu (đồng)</source>
      <translation>Revenue (VND)</translation>
    </message>
    <message>
      <source>Lợi nhuận (đồng)</source>
      <translation>Profit (VND)</translation>
    </message>
    <message>
      <source>Xếp loại</source>
      <translation>Classification</translation>
    </message>
    <message>
      <source>Nữ</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>Nam</source>
      <translation>Male</translation>
    </message>
  </context>
  <context>
    <name>CooperativeForm</name>
    <message>
      <source>Hợp tác xã / Tổ hợp tác</source>
      <translation>Cooperative / group</translation>
    </message>
    <message>
      <source>Thông tin chung</source>
      <translation>General</translation>
    </message>
    <message>
      <source>&amp;Tên HTX/THT:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Loại hình:</source>
      <translation>&amp;Kind:</translation>
    </message>
    <message>
      <source>Đơn &amp;vị:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <source>Số đăng &amp;ký:</source>
      <translation>&amp;Registration no.:</translation>
    </message>
    <message>
      <source>Mã số th&amp;uế:</source>
      <translation>Ta&amp;x code:</translation>
    </message>
    <message>
      <source>10 chữ số</source>
      <translation>10 digits</translation>
    </message>
    <message>
      <source>Địa &amp;chỉ:</source>
      <translation>&amp;Address:</translation>
    </message>
    <message>
      <source>Ngành ng&amp;hề:</source>
      <translation>&amp;Sector:</translation>
    </message>
    <message>
      <source>Ngày thành lậ&amp;p:</source>
      <translation>&amp;Founded on:</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <source>Được Hội hỗ trợ thành lập</source>
      <translation>Founded with union support</translation>
    </message>
    <message>
      <source>Ngày Hội hỗ trợ:</source>
      <translation>Union support date:</translation>
    </message>
    <message>
      <source>Tình t&amp;rạng:</source>
      <translation>S&amp;tatus:</translation>
    </message>
    <message>
      <source>Ngày giải thể:</source>
      <translation>Dissolved on:</translation>
    </message>
    <message>
      <source>Vốn điều lệ (đồng):</source>
      <translation>Charter capital (VND):</translation>
    </message>
    <message>
      <source>ví dụ 500.000.000</source>
      <translation>e.g. 500.000.000</translation>
    </message>
    <message>
      <source>Điện thoại:</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <source>Mã vùng trồng:</source>
      <translation>Growing-area code:</translation>
    </message>
    <message>
      <source>Bán hàng trên sàn thương mại điện tử</source>
      <translation>Sells on e-commerce platforms</translation>
    </message>
    <message>
      <source>Ứng dụng công nghệ số</source>
      <translation>Uses digital tools</translation>
    </message>
    <message>
      <source>Liên kết chuỗi giá trị</source>
      <translation>Value-chain links</translation>
    </message>
    <message>
      <source>Ngành nghề truyền thống</source>
      <translation>Traditional craft</translation>
    </message>
    <message>
      <source>Có nhãn hiệu</source>
      <translation>Has a trademark</translation>
    </message>
    <message>
      <source>Truy xuất nguồn gốc</source>
      <translation>Traceability</translation>
    </message>
    <message>
      <source>Tham gia bảo hiểm nông nghiệp</source>
      <translation>Agricultural insurance</translation>
    </message>
    <message>
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <source>Chức vụ quản lý</source>
      <translation>Management posts</translation>
    </message>
    <message>
      <source>Thêm chức vụ…</source>
      <translation>Add post…</translation>
    </message>
    <message>
      <source>Kết thúc chức vụ…</source>
      <translation>End post…</translation>
    </message>
    <message>
      <source>Số liệu năm</source>
      <translation>Annual figures</translation>
    </message>
    <message>
      <source>Nhập số liệu năm…</source>
      <translation>Enter a year's figures…</translation>
    </message>
    <message>
      <source>Hỗ trợ và việc làm</source>
      <translation>Support and jobs</translation>
    </message>
    <message>
      <source>Hỗ trợ đã nhận (Enter để mở):</source>
      <translation>Support received (Enter opens):</translation>
    </message>
    <message>
      <source>Thêm hỗ trợ…</source>
      <translation>Add support…</translation>
    </message>
    <message>
      <source>Việc làm cho lao động nữ theo năm (Enter để mở):</source>
      <translation>Jobs for women by year (Enter opens):</translation>
    </message>
    <message>
      <source>Thêm báo cáo việc làm…</source>
      <translation>Add job report…</translation>
    </message>
  </context>
  <context>
    <name>CooperativeParts</name>
    <message>
      <source>Đến ngà&amp;y:</source>
      <translation>&amp;To:</translation>
    </message>
    <message>
      <source>Số liệu năm</source>
      <translation>Annual figures</translation>
    </message>
    <message>
      <source>&amp;Năm:</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>Số &amp;thành viên:</source>
      <translation>&amp;Members:</translation>
    </message>
    <message>
      <source>trong đó &amp;nữ:</source>
      <translation>of whom &amp;women:</translation>
    </message>
    <message>
      <source>Số &amp;lao động:</source>
      <translation>&amp;Workers:</translation>
    </message>
    <message>
      <source>trong đó n&amp;ữ:</source>
      <translation>of whom wo&amp;men:</translation>
    </message>
    <message>
      <source>&amp;Doanh thu (đồng):</source>
      <translation>&amp;Revenue (VND):</translation>
    </message>
    <message>
      <source>&amp;Lợi nhuận (đồng):</source>
      <translation>&amp;Profit (VND):</translation>
    </message>
    <message>
      <source>Số thành viên nữ</source>
      <translation>Women members</translation>
    </message>
    <message>
      <source>Số lao động nữ</source>
      <translation>Women workers</translation>
    </message>
    <message>
      <source>&amp;Xếp loại:</source>
      <translation>&amp;Classification:</translation>
    </message>
    <message>
      <source>Kết thúc chức vụ</source>
      <translation>End a post</translation>
    </message>
    <message>
      <source>Thêm chức vụ quản lý</source>
      <translation>Add a management post</translation>
    </message>
    <message>
      <source>&amp;Tìm người:</source>
      <translation>&amp;Find person:</translation>
    </message>
    <message>
      <source>&amp;Chức vụ:</source>
      <translation>&amp;Post:</translation>
    </message>
    <message>
      <source>Từ &amp;ngày:</source>
      <translation>&amp;From:</translation>
    </message>
    <message>
      <source>Người:</source>
      <translation>Person:</translation>
    </message>
    <message>
      <source>Hãy chọn một người trong danh sách, hoặc thêm người mới.</source>
      <translation>Choose a person from the list, or add a new one.</translation>
    </message>
    <message>
      <source>Hãy nhập ngày kết thúc.</source>
      <translation>Enter the end date.</translation>
    </message>
    <message>
      <source>Năm {year} đã có số liệu: đây là số liệu đã lưu, sửa rồi bấm Lưu.</source>
      <translation>{year} already has figures: these are the saved ones; correct them, then press Save.</translation>
    </message>
  </context>
  <context>
    <name>CrashReport</name>
    <message>
      <source>HTX Desktop — Lỗi</source>
      <translation>HTX Desktop — Error</translation>
    </message>
    <message>
      <source>Đã xảy ra lỗi không mong muốn. Chương trình vẫn chạy và dữ liệu đã lưu không bị mất.

Chi tiết lỗi đã được ghi vào tệp nhật ký:
{path}

Nếu lỗi lặp lại, hãy gửi tệp này cho cán bộ hỗ trợ kỹ thuật.</source>
      <translation>An unexpected error happened. The program is still running and saved data is not lost.

The details were written to the log file:
{path}

If it happens again, send this file to technical support.</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Hãy nhập một số nguyên, ví dụ 1.500.000.</source>
      <translation>Enter a whole number, e.g. 1.500.000.</translation>
    </message>
    <message>
      <source>có</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>không</source>
      <translation>no</translation>
    </message>
    <message>
      <source>Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 04/05/2023.</source>
      <translation>Invalid date; type day/month/year, e.g. 04/05/2023.</translation>
    </message>
  </context>
  <context>
    <name>FirstAdminDialog</name>
    <message>
      <source>Tạo người quản trị — HTX Desktop</source>
      <translation>Create the administrator — HTX Desktop</translation>
    </message>
    <message>
      <source>&amp;Tên đăng nhập:</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <source>&amp;Họ và tên:</source>
      <translation>&amp;Full name:</translation>
    </message>
    <message>
      <source>&amp;Mật khẩu:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <source>&amp;Nhập lại mật khẩu:</source>
      <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
      <source>Tạo và đăng nhập</source>
      <translation>Create and sign in</translation>
    </message>
    <message>
      <source>Thoát</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>&lt;b&gt;{unit}&lt;/b&gt;&lt;br&gt;Cơ sở dữ liệu này chưa có người dùng. Hãy tạo tài khoản quản trị (mật khẩu ít nhất {n} ký tự); từ nay mọi người phải đăng nhập.</source>
      <translation>&lt;b&gt;{unit}&lt;/b&gt;&lt;br&gt;This database has no users yet. Create the administrator account (a password of at least {n} characters); from now on everyone signs in.</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Bản ghi đã được người khác sửa</source>
      <translation>Someone else changed this record</translation>
    </message>
    <message>
      <source>&amp;Tải lại</source>
      <translation>&amp;Reload</translation>
    </message>
    <message>
      <source>Tiếp tục &amp;sửa</source>
      <translation>&amp;Keep editing</translation>
    </message>
    <message>
      <source>Những gì bạn đã nhập vẫn được giữ: ô nào người kia không sửa sẽ giữ nguyên như bạn nhập.</source>
      <translation>What you typed is kept: every field the other person did not change keeps what you typed.</translation>
    </message>
    <message>
      <source>Đã tải bản mới nhất, giữ những gì bạn đã nhập.</source>
      <translation>The newest version is loaded, with what you typed kept.</translation>
    </message>
    <message>
      <source>Chưa lưu được: hãy sửa các ô có thông báo màu đỏ.</source>
      <translation>Not saved: correct the fields with a red message.</translation>
    </message>
    <message>
      <source>Đóng biểu mẫu</source>
      <translation>Close the form</translation>
    </message>
    <message>
      <source>Những gì vừa nhập chưa được lưu. Đóng và bỏ các thay đổi?</source>
      <translation>What you typed is not saved yet. Close and discard the changes?</translation>
    </message>
    <message>
      <source>&amp;Bỏ thay đổi</source>
      <translation>&amp;Discard changes</translation>
    </message>
    <message>
      <source>&amp;Tiếp tục sửa</source>
      <translation>&amp;Keep editing</translation>
    </message>
    <message>
      <source>Đã tải bản mới nhất. Cả hai cùng sửa các ô sau; ô đang hiện bản mới nhất, bạn đã nhập:</source>
      <translation>The newest version is loaded. You both changed these fields; they show the newest value, and you had typed:</translation>
    </message>
  </context>
  <context>
    <name>FundingForm</name>
    <message>
      <source>Kinh phí đã chi</source>
      <translation>Funding spent</translation>
    </message>
    <message>
      <source>&amp;Nguồn kinh phí:</source>
      <translation>F&amp;unding:</translation>
    </message>
    <message>
      <source>&amp;Số tiền (đồng):</source>
      <translation>&amp;Amount (VND):</translation>
    </message>
    <message>
      <source>ví dụ 15.000.000</source>
      <translation>e.g. 15.000.000</translation>
    </message>
    <message>
      <source>Ngày c&amp;hi:</source>
      <translation>&amp;Date spent:</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <source>Nội dung &amp;chi:</source>
      <translation>&amp;What for:</translation>
    </message>
    <message>
      <source>Đơn &amp;vị:</source>
      <translation>&amp;Unit:</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>Hướng dẫn sử dụng — HTX Desktop</source>
      <translation>User guide — HTX Desktop</translation>
    </message>
    <message>
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Không tìm thấy tệp hướng dẫn “{path}”. Hãy cài lại chương trình.</source>
      <translation>The guide “{path}” was not found. Please reinstall the program.</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <source>&amp;Trợ giúp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Hướng dẫn sử dụng</source>
      <translation>&amp;User guide</translation>
    </message>
    <message>
      <source>&amp;Giới thiệu HTX Desktop</source>
      <translation>&amp;About HTX Desktop</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>Nhập từ Excel</source>
      <translation>Import from Excel</translation>
    </message>
    <message>
      <source>Nhập từ Excel (Ctrl+I)</source>
      <translation>Import from Excel (Ctrl+I)</translation>
    </message>
    <message>
      <source>Nhập danh sách từ E&amp;xcel…</source>
      <translation>Import the list from E&amp;xcel…</translation>
    </message>
    <message>
      <source>Chọn tệp Excel</source>
      <translation>Choose the Excel file</translation>
    </message>
    <message>
      <source>Tệp .xlsx; dòng tiêu đề cột được tìm tự động, kể cả dưới phần tiêu đề của văn bản.</source>
      <translation>An .xlsx file; the row of column headers is found by itself, even below the document's title.</translation>
    </message>
    <message>
      <source>Đường dẫn tệp .xlsx</source>
      <translation>Path of the .xlsx file</translation>
    </message>
    <message>
      <source>&amp;Chọn tệp…</source>
      <translation>&amp;Choose file…</translation>
    </message>
    <message>
      <source>Lưu &amp;mẫu nhập trống…</source>
      <translation>Save an empty &amp;template…</translation>
    </message>
    <message>
      <source>Tệp:</source>
      <translation>File:</translation>
    </message>
    <message>
      <source>Trang tính:</source>
      <translation>Sheet:</translation>
    </message>
    <message>
      <source>Tệp Excel (*.xlsx *.xlsm *.xls)</source>
      <translation>Excel files (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
      <source>Lưu mẫu nhập</source>
      <translation>Save the import template</translation>
    </message>
    <message>
      <source>Tệp Excel (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <source>Đang đọc tệp…</source>
      <translation>Reading the file…</translation>
    </message>
    <message>
      <source>Kiểm tra các cột</source>
      <translation>Check the columns</translation>
    </message>
    <message>
      <source>Mỗi cột của tệp được ghép với một trường; sửa nếu chưa đúng. Lần sau chương trình nhớ cách ghép này.</source>
      <translation>Each column of the file is matched with a field; correct it where it is wrong. The program remembers this next time.</translation>
    </message>
    <message>
      <source>Đang kiểm tra…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>Xem trước</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>Chưa có gì được ghi. Bấm “Nhập” để ghi các dòng hợp lệ, một lần cho tất cả.</source>
      <translation>Nothing is written yet. Press “Import” to write the valid rows, all at once.</translation>
    </message>
    <message>
      <source>&amp;Lưu các dòng bị từ chối ra Excel…</source>
      <translation>&amp;Save the rejected rows to Excel…</translation>
    </message>
    <message>
      <source>Thêm mới</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Cập nhật</source>
      <translation>Update</translation>
    </message>
    <message>
      <source>Từ chối</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>&amp;Nhập</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <source>Lưu các dòng bị từ chối</source>
      <translation>Save the rejected rows</translation>
    </message>
    <message>
      <source>Đang ghi…</source>
      <translation>Writing…</translation>
    </message>
    <message>
      <source>— không nhập —</source>
      <translation>— not imported —</translation>
    </message>
    <message>
      <source>Dòng</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Kết quả</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>&amp;Tiếp &gt;</source>
      <translation>&amp;Next &gt;</translation>
    </message>
    <message>
      <source>&lt; &amp;Quay lại</source>
      <translation>&lt; &amp;Back</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Nhập {list} từ Excel</source>
      <translation>Import {list} from Excel</translation>
    </message>
    <message>
      <source>Đang kiểm tra dòng {done}/{total}…</source>
      <translation>Checking row {done}/{total}…</translation>
    </message>
    <message>
      <source>{name} (ẩn)</source>
      <translation>{name} (hidden)</translation>
    </message>
    <message>
      <source>Hãy chọn tệp Excel cần nhập.</source>
      <translation>Choose the Excel file to import.</translation>
    </message>
    <message>
      <source>(cột {number} không có tiêu đề)</source>
      <translation>(column {number} has no header)</translation>
    </message>
    <message>
      <source>{header} — ví dụ: {example}</source>
      <translation>{header} — e.g. {example}</translation>
    </message>
    <message>
      <source>Mỗi trường chỉ ghép với một cột: {fields}.</source>
      <translation>Each field can take one column only: {fields}.</translation>
    </message>
    <message>
      <source>Chưa có cột cho: {fields}.</source>
      <translation>No column for: {fields}.</translation>
    </message>
  </context>
  <context>
    <name>IssuerBox</name>
    <message>
      <source>Cơ quan ban hành báo cáo</source>
      <translation>Issuer of reports</translation>
    </message>
    <message>
      <source>Hội Liên hiệp Phụ nữ</source>
      <translation>Women's Union</translation>
    </message>
    <message>
      <source>Ủy ban nhân dân</source>
      <translation>People's Committee</translation>
    </message>
    <message>
      <source>&amp;Cơ quan:</source>
      <translation>&amp;Body:</translation>
    </message>
    <message>
      <source>Cơ quan cấ&amp;p trên:</source>
      <translation>Body ab&amp;ove:</translation>
    </message>
    <message>
      <source>&amp;Tên cơ quan:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>Viết tắt trong &amp;số:</source>
      <translation>&amp;Abbreviation in the number:</translation>
    </message>
    <message>
      <source>Địa &amp;danh:</source>
      <translation>&amp;Place:</translation>
    </message>
    <message>
      <source>Thẩm &amp;quyền ký:</source>
      <translation>Signing aut&amp;hority:</translation>
    </message>
    <message>
      <source>Chức &amp;vụ người ký:</source>
      <translation>Signer's &amp;title:</translation>
    </message>
    <message>
      <source>&amp;Họ tên người ký:</source>
      <translation>Signer's na&amp;me:</translation>
    </message>
    <message>
      <source>&amp;Nơi nhận (mỗi dòng một nơi):</source>
      <translation>&amp;Recipients (one per line):</translation>
    </message>
    <message>
      <source>&amp;Lưu cơ quan ban hành</source>
      <translation>&amp;Save the issuer</translation>
    </message>
    <message>
      <source>In ở góc trên bên trái và khối chữ ký của mỗi báo cáo (mẫu Nghị định 30/2020/NĐ-CP).</source>
      <translation>Printed top left and in the signature block of every report (Decree 30/2020/NĐ-CP layout).</translation>
    </message>
    <message>
      <source>Đã lưu. Các báo cáo từ nay ghi “{name}”.</source>
      <translation>Saved. Reports now name “{name}”.</translation>
    </message>
  </context>
  <context>
    <name>JobForm</name>
    <message>
      <source>Việc làm cho lao động nữ</source>
      <translation>Jobs for women</translation>
    </message>
    <message>
      <source>&amp;HTX/THT:</source>
      <translation>&amp;Cooperative or group:</translation>
    </message>
    <message>
      <source>&amp;Năm:</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>ví dụ 2025</source>
      <translation>e.g. 2025</translation>
    </message>
    <message>
      <source>Ngày &amp;báo cáo:</source>
      <translation>Date &amp;reported:</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <source>Việc làm &amp;mới cho lao động nữ:</source>
      <translation>&amp;New jobs for women:</translation>
    </message>
    <message>
      <source>&amp;Việc làm ổn định cho lao động nữ:</source>
      <translation>&amp;Stable jobs for women:</translation>
    </message>
    <message>
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
  </context>
  <context>
    <name>ListExport</name>
    <message>
      <source>Xuất danh sách ra Excel</source>
      <translation>Export the list to Excel</translation>
    </message>
    <message>
      <source>Tệp Excel (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <source>Đang xuất ra Excel…</source>
      <translation>Exporting to Excel…</translation>
    </message>
    <message>
      <source>Xuất Excel (Ctrl+E)</source>
      <translation>Export to Excel (Ctrl+E)</translation>
    </message>
    <message>
      <source>Ngày xuất: {day}</source>
      <translation>Exported on {day}</translation>
    </message>
    <message>
      <source>Đã xuất {count} dòng ra “{path}”.</source>
      <translation>{count} rows exported to “{path}”.</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <source>Tìm (không cần gõ dấu)… Ctrl+F</source>
      <translation>Search (diacritics optional)… Ctrl+F</translation>
    </message>
    <message>
      <source>Thêm mới (Ctrl+N)</source>
      <translation>New (Ctrl+N)</translation>
    </message>
    <message>
      <source>Mở (Enter)</source>
      <translation>Open (Enter)</translation>
    </message>
    <message>
      <source>Xóa (Delete)</source>
      <translation>Delete (Delete)</translation>
    </message>
    <message>
      <source>Hoàn tác xóa (Ctrl+Z)</source>
      <translation>Undo delete (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Tất cả đơn vị</source>
      <translation>All units</translation>
    </message>
    <message>
      <source>Mọi tình trạng</source>
      <translation>Any status</translation>
    </message>
    <message>
      <source>Chưa có {noun} nào. Bấm Ctrl+N (nút “Thêm mới”) để nhập {noun} đầu tiên, hoặc nhận tệp đồng bộ ở màn hình “Đồng bộ”.</source>
      <translation>No {noun} yet. Press Ctrl+N (the “New” button) to enter the first one, or receive a sync file on the “Sync” screen.</translation>
    </message>
    <message>
      <source>Xóa</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Không xóa</source>
      <translation>Keep it</translation>
    </message>
    <message>
      <source>{count} (đang tải thêm…)</source>
      <translation>{count} (loading more…)</translation>
    </message>
    <message>
      <source>Không có {noun} nào khớp với ô tìm kiếm và bộ lọc. Hãy xóa ô tìm kiếm hoặc chọn “Tất cả đơn vị”.</source>
      <translation>No {noun} match the search and filters. Clear the search box or choose “All units”.</translation>
    </message>
    <message>
      <source>Chưa có {noun} nào.</source>
      <translation>No {noun} yet.</translation>
    </message>
    <message>
      <source>Xóa {what}? Có thể hoàn tác (Ctrl+Z) cho đến khi đóng chương trình.</source>
      <translation>Delete {what}? You can undo it (Ctrl+Z) until the program closes.</translation>
    </message>
    <message>
      <source>Xóa “{name}”? Có thể hoàn tác (Ctrl+Z) cho đến khi đóng chương trình.</source>
      <translation>Delete “{name}”? You can undo it (Ctrl+Z) until the program closes.</translation>
    </message>
  </context>
  <context>
    <name>LockWindow</name>
    <message>
      <source>HTX Desktop — Đã khóa</source>
      <translation>HTX Desktop — Locked</translation>
    </message>
    <message>
      <source>Mật khẩu</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>&amp;Mở khóa</source>
      <translation>&amp;Unlock</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Chương trình đã khóa&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;The program is locked&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>Chương trình tự khóa vì lâu không dùng. Những gì đang nhập dở vẫn được giữ.
Nhập mật khẩu của “{user}” ({unit}) để tiếp tục.</source>
      <translation>The program locked itself after a while unused. Anything being typed is kept.
Enter the password of “{user}” ({unit}) to go on.</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Đăng nhập — HTX Desktop</source>
      <translation>Log in — HTX Desktop</translation>
    </message>
    <message>
      <source>&amp;Tên đăng nhập:</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <source>&amp;Mật khẩu:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <source>Đăng nhập</source>
      <translation>Log in</translation>
    </message>
    <message>
      <source>Thoát</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>&amp;Quên mật khẩu…</source>
      <translation>&amp;Forgot password…</translation>
    </message>
    <message>
      <source>Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu đó.</source>
      <translation>The new password is set. Sign in with it.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>HTX Desktop — {unit} (dữ liệu mẫu)</source>
      <translation>HTX Desktop — {unit} (demo data)</translation>
    </message>
    <message>
      <source>HTX Desktop — {unit}</source>
      <translation>HTX Desktop — {unit}</translation>
    </message>
    <message>
      <source>chưa có</source>
      <translation>never</translation>
    </message>
    <message>
      <source>Tổng quan</source>
      <translation>Overview</translation>
    </message>
    <message>
      <source>HTX và tổ hợp tác</source>
      <translation>Cooperatives and groups</translation>
    </message>
    <message>
      <source>Người</source>
      <translation>People</translation>
    </message>
    <message>
      <source>Đào tạo</source>
      <translation>Trainings</translation>
    </message>
    <message>
      <source>Hoạt động</source>
      <translation>Activities</translation>
    </message>
    <message>
      <source>Kế hoạch và chỉ tiêu</source>
      <translation>Plans and targets</translation>
    </message>
    <message>
      <source>Báo cáo</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>Đồng bộ</source>
      <translation>Sync</translation>
    </message>
    <message>
      <source>Cài đặt</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Đơn vị: {unit} ({code})</source>
      <translation>Unit: {unit} ({code})</translation>
    </message>
    <message>
      <source>Người dùng: {user}</source>
      <translation>User: {user}</translation>
    </message>
    <message>
      <source>Lần gửi đồng bộ gần nhất: {when}</source>
      <translation>Last sync export: {when}</translation>
    </message>
  </context>
  <context>
    <name>MilestoneDialog</name>
    <message>
      <source>Ghi nhận hoàn thành</source>
      <translation>Record as done</translation>
    </message>
    <message>
      <source>&amp;Ngày hoàn thành:</source>
      <translation>&amp;Date done:</translation>
    </message>
    <message>
      <source>&amp;Ghi chú:</source>
      <translation>N&amp;ote:</translation>
    </message>
    <message>
      <source>&amp;Lưu</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>Đánh dấu &amp;chưa xong</source>
      <translation>Mark as &amp;not done</translation>
    </message>
    <message>
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Ví dụ: Quyết định số 12/QĐ-UBND ngày 20/10/2024</source>
      <translation>For example: Decision 12/QĐ-UBND of 20/10/2024</translation>
    </message>
    <message>
      <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{unit}</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{unit}</translation>
    </message>
  </context>
  <context>
    <name>NewPassword</name>
    <message>
      <source>Hai lần nhập mật khẩu không giống nhau.</source>
      <translation>The two passwords are not the same.</translation>
    </message>
  </context>
  <context>
    <name>OutreachForm</name>
    <message>
      <source>Hoạt động tuyên truyền</source>
      <translation>Outreach event</translation>
    </message>
    <message>
      <source>&amp;Hình thức:</source>
      <translation>&amp;Format:</translation>
    </message>
    <message>
      <source>&amp;Mạng xã hội:</source>
      <translation>&amp;Platform:</translation>
    </message>
    <message>
      <source>&amp;Chủ đề:</source>
      <translation>&amp;Topic:</translation>
    </message>
    <message>
      <source>&amp;Ngày:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <source>Tổ chức t&amp;rực tiếp/trực tuyến:</source>
      <translation>In person o&amp;r online:</translation>
    </message>
    <message>
      <source>Địa đ&amp;iểm:</source>
      <translation>&amp;Place:</translation>
    </message>
    <message>
      <source>Đơn &amp;vị:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <source>Đối tượn&amp;g:</source>
      <translation>Tar&amp;get group:</translation>
    </message>
    <message>
      <source>ví dụ: hội viên phụ nữ, thành viên HTX</source>
      <translation>e.g. union members, cooperative members</translation>
    </message>
    <message>
      <source>Số người &amp;tham dự:</source>
      <translation>Partic&amp;ipants:</translation>
    </message>
    <message>
      <source>tr&amp;ong đó nữ:</source>
      <translation>of wh&amp;om women:</translation>
    </message>
    <message>
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
  </context>
  <context>
    <name>OverviewPage</name>
    <message>
      <source>Số liệu chung</source>
      <translation>Headline figures</translation>
    </message>
    <message>
      <source>Hợp tác xã đang hoạt động</source>
      <translation>Active cooperatives</translation>
    </message>
    <message>
      <source>Tổ hợp tác đang hoạt động</source>
      <translation>Active cooperative groups</translation>
    </message>
    <message>
      <source>HTX/THT do phụ nữ tham gia quản lý</source>
      <translation>Managed by women</translation>
    </message>
    <message>
      <source>Người trong danh sách</source>
      <translation>People recorded</translation>
    </message>
    <message>
      <source>trong đó nữ</source>
      <translation>of whom women</translation>
    </message>
    <message>
      <source>Khóa đào tạo, tập huấn</source>
      <translation>Trainings</translation>
    </message>
    <message>
      <source>Lượt học viên hoàn thành</source>
      <translation>Completed attendances</translation>
    </message>
    <message>
      <source>Dấu vân tay khóa của cài đặt này: {fp}</source>
      <translation>This installation's key fingerprint: {fp}</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>Dữ &amp;liệu cá nhân…</source>
      <translation>Personal &amp;data…</translation>
    </message>
    <message>
      <source>Không phải cán bộ Hội</source>
      <translation>Not a union cadre</translation>
    </message>
    <message>
      <source>Có thể trùng: đã có {count} người cùng họ tên, năm sinh và đơn vị. Hãy kiểm tra trước khi lưu.</source>
      <translation>Possible duplicate: {count} person(s) with the same name, birth year and unit already recorded. Check before saving.</translation>
    </message>
  </context>
  <context>
    <name>PersonForm</name>
    <message>
      <source>Người</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Thông tin chung</source>
      <translation>General</translation>
    </message>
    <message>
      <source>&amp;Họ và tên:</source>
      <translation>&amp;Full name:</translation>
    </message>
    <message>
      <source>Năm &amp;sinh:</source>
      <translation>Birth &amp;year:</translation>
    </message>
    <message>
      <source>ví dụ 1984</source>
      <translation>e.g. 1984</translation>
    </message>
    <message>
      <source>&amp;Giới tính:</source>
      <translation>&amp;Sex:</translation>
    </message>
    <message>
      <source>Dân &amp;tộc:</source>
      <translation>&amp;Ethnicity:</translation>
    </message>
    <message>
      <source>Đơn &amp;vị:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <source>Địa &amp;chỉ:</source>
      <translation>&amp;Address:</translation>
    </message>
    <message>
      <source>Điện t&amp;hoại:</source>
      <translation>P&amp;hone:</translation>
    </message>
    <message>
      <source>0912345678</source>
      <translation>0912345678</translation>
    </message>
    <message>
      <source>Số CCC&amp;D:</source>
      <translation>National &amp;ID:</translation>
    </message>
    <message>
      <source>12 chữ số</source>
      <translation>12 digits</translation>
    </message>
    <message>
      <source>Cán bộ &amp;Hội:</source>
      <translation>Union ca&amp;dre:</translation>
    </message>
    <message>
      <source>Nhóm ưu tiên (thông tin nhạy cảm)</source>
      <translation>Priority groups (sensitive)</translation>
    </message>
    <message>
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <source>Khóa học và chức vụ</source>
      <translation>Trainings and posts</translation>
    </message>
    <message>
      <source>Khóa học đã tham dự (Enter để mở):</source>
      <translation>Trainings attended (Enter opens):</translation>
    </message>
    <message>
      <source>Chức vụ trong HTX/THT (Enter để mở HTX/THT):</source>
      <translation>Posts in cooperatives (Enter opens the cooperative):</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <source>Gõ tên, không cần dấu: nguyen thi lan</source>
      <translation>Type a name, diacritics optional: nguyen thi lan</translation>
    </message>
    <message>
      <source>Không thấy ai tên như vậy. Bấm “Người mới…” (Alt+M) để thêm.</source>
      <translation>Nobody of that name. Press “New person…” (Alt+N) to add them.</translation>
    </message>
    <message>
      <source>Người &amp;mới…</source>
      <translation>&amp;New person…</translation>
    </message>
    <message>
      <source>Gõ tên HTX/THT, không cần dấu: che ban pieng</source>
      <translation>Type the cooperative's name, diacritics optional: che ban pieng</translation>
    </message>
    <message>
      <source>Không thấy HTX/THT nào tên như vậy.</source>
      <translation>No cooperative of that name.</translation>
    </message>
    <message>
      <source>Xong</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>↑/↓ để chọn, Enter để lấy dòng đang tô sáng.</source>
      <translation>↑/↓ to choose, Enter to take the highlighted line.</translation>
    </message>
  </context>
  <context>
    <name>PersonalDataDialog</name>
    <message>
      <source>Xuất dữ liệu cá nhân</source>
      <translation>Export personal data</translation>
    </message>
    <message>
      <source>&amp;Xuất dữ liệu…</source>
      <translation>&amp;Export data…</translation>
    </message>
    <message>
      <source>Xóa dữ liệu theo yêu cầu</source>
      <translation>Erase on request</translation>
    </message>
    <message>
      <source>Xóa &amp;vĩnh viễn</source>
      <translation>Erase for &amp;good</translation>
    </message>
    <message>
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Lưu dữ liệu cá nhân</source>
      <translation>Save personal data</translation>
    </message>
    <message>
      <source>Tệp JSON (*.json)</source>
      <translation>JSON files (*.json)</translation>
    </message>
    <message>
      <source>Ghi mọi dữ liệu đang lưu về người này (thông tin, chức vụ, tập huấn, khen thưởng, lịch sử thay đổi) ra một tệp JSON và một tệp Excel. Tệp có số CCCD và nhóm ưu tiên: chỉ trao cho chính người đó, không để lại trên máy dùng chung.</source>
      <translation>Write everything held about this person (details, posts, trainings, commendations, history of changes) to a JSON file and an Excel file. The files hold her national ID and priority groups: give them to her alone and do not leave them on a shared PC.</translation>
    </message>
    <message>
      <source>Xóa vĩnh viễn họ tên, năm sinh, CCCD, điện thoại, địa chỉ, dân tộc, nhóm ưu tiên và ghi chú của người này, cả trên các cấp nhận tệp đồng bộ. Chỉ giữ giới tính, đơn vị và cấp cán bộ Hội cho số liệu chỉ tiêu. Không thể hoàn tác. Để xác nhận, hãy gõ đúng họ tên:</source>
      <translation>Erase for good this person's name, birth year, national ID, phone, address, ethnicity, priority groups and notes, also at the levels that receive the sync files. Only sex, unit and union cadre level are kept for the indicators. This cannot be undone. To confirm, type her name exactly:</translation>
    </message>
    <message>
      <source>Dữ liệu cá nhân: {name}</source>
      <translation>Personal data: {name}</translation>
    </message>
    <message>
      <source>Đã ghi “{json}” và “{xlsx}”.</source>
      <translation>Wrote “{json}” and “{xlsx}”.</translation>
    </message>
  </context>
  <context>
    <name>PlansPage</name>
    <message>
      <source>(mẫu)</source>
      <translation>(template)</translation>
    </message>
    <message>
      <source>Hãy nhập một số, ví dụ 1.300 hoặc 12,5.</source>
      <translation>Enter a number, for example 1.300 or 12,5.</translation>
    </message>
    <message>
      <source>{start} – {end}</source>
      <translation>{start} – {end}</translation>
    </message>
    <message>
      <source>Tạo kế hoạch từ mẫu</source>
      <translation>New plan from a template</translation>
    </message>
    <message>
      <source>Kế hoạch mới chép các giai đoạn, chỉ tiêu và mục tiêu của mẫu; sau đó có thể sửa từng mục tiêu.</source>
      <translation>The new plan copies the template’s phases, indicators and targets; each target can then be changed.</translation>
    </message>
    <message>
      <source>Tên kế hoạch:</source>
      <translation>Plan name:</translation>
    </message>
    <message>
      <source>ví dụ: Kế hoạch thực hiện Đề án 01 năm 2026</source>
      <translation>for example: Plan implementing Scheme 01, 2026</translation>
    </message>
    <message>
      <source>Chép từ mẫu:</source>
      <translation>Copy from template:</translation>
    </message>
    <message>
      <source>Đơn vị áp dụng:</source>
      <translation>For unit:</translation>
    </message>
    <message>
      <source>Số quyết định:</source>
      <translation>Decision number:</translation>
    </message>
    <message>
      <source>không bắt buộc</source>
      <translation>optional</translation>
    </message>
    <message>
      <source>Ngày ban hành:</source>
      <translation>Issued on:</translation>
    </message>
    <message>
      <source>ngày/tháng/năm, không bắt buộc</source>
      <translation>day/month/year, optional</translation>
    </message>
    <message>
      <source>Sửa mục tiêu</source>
      <translation>Change target</translation>
    </message>
    <message>
      <source>Loại mục tiêu:</source>
      <translation>Kind of target:</translation>
    </message>
    <message>
      <source>Giá trị:</source>
      <translation>Value:</translation>
    </message>
    <message>
      <source>Giá trị trên:</source>
      <translation>High value:</translation>
    </message>
    <message>
      <source>Giá trị dưới:</source>
      <translation>Low value:</translation>
    </message>
    <message>
      <source>Tỷ lệ tối thiểu (%):</source>
      <translation>Minimum percentage (%):</translation>
    </message>
    <message>
      <source>Tạo kế hoạch từ mẫu…</source>
      <translation>New plan from a template…</translation>
    </message>
    <message>
      <source>Sửa mục tiêu…</source>
      <translation>Change target…</translation>
    </message>
    <message>
      <source>Bỏ mục tiêu</source>
      <translation>Remove target</translation>
    </message>
    <message>
      <source>Kế hoạch do cấp trên lập và gửi xuống qua đồng bộ; cài đặt cấp xã chỉ xem được.</source>
      <translation>Plans are made at the level above and come down through sync; a commune installation can only view them.</translation>
    </message>
    <message>
      <source>Tài khoản của bạn chỉ có quyền xem.</source>
      <translation>Your account can only view.</translation>
    </message>
    <message>
      <source>Hãy chọn một kế hoạch.</source>
      <translation>Choose a plan.</translation>
    </message>
    <message>
      <source>Kế hoạch mẫu không sửa được; hãy tạo kế hoạch từ mẫu này rồi sửa mục tiêu ở kế hoạch mới.</source>
      <translation>A template cannot be changed; make a new plan from this template and change the targets there.</translation>
    </message>
    <message>
      <source>Kế hoạch này do cấp trên lập; chỉ cấp đó sửa được.</source>
      <translation>This plan was made at the level above; only that level can change it.</translation>
    </message>
    <message>
      <source>Hãy chọn một ô mục tiêu trong bảng (cột của giai đoạn).</source>
      <translation>Choose a target cell in the table (a phase column).</translation>
    </message>
    <message>
      <source>Chỉ mục tiêu dạng khoảng mới có giá trị trên.</source>
      <translation>Only a range target has a high value.</translation>
    </message>
    <message>
      <source>Tiến độ thực hiện so với kế hoạch xem ở trang Tổng quan.</source>
      <translation>Progress against the plan is on the Overview page.</translation>
    </message>
    <message>
      <source>Ở cài đặt cấp xã, kế hoạch chỉ để xem: kế hoạch do cấp trên (huyện, tỉnh) lập và gửi xuống qua đồng bộ.</source>
      <translation>At a commune installation plans are for viewing only: they are made at the level above (district, province) and come down through sync.</translation>
    </message>
    <message>
      <source>Các kế hoạch:</source>
      <translation>Plans:</translation>
    </message>
    <message>
      <source>Chưa có kế hoạch nào.</source>
      <translation>There are no plans yet.</translation>
    </message>
    <message>
      <source>Kế hoạch mẫu, chỉ để xem</source>
      <translation>Template, view only</translation>
    </message>
    <message>
      <source>Bỏ mục tiêu của chỉ tiêu “{indicator}” trong giai đoạn “{phase}”?</source>
      <translation>Remove the target of indicator “{indicator}” in phase “{phase}”?</translation>
    </message>
    <message>
      <source>Không</source>
      <translation>No</translation>
    </message>
    <message>
      <source>&lt;b&gt;{indicator}&lt;/b&gt;&lt;br&gt;{phase} ({span})</source>
      <translation>&lt;b&gt;{indicator}&lt;/b&gt;&lt;br&gt;{phase} ({span})</translation>
    </message>
    <message>
      <source>Tài khoản của bạn chỉ có quyền xem kế hoạch.</source>
      <translation>Your account can only view plans.</translation>
    </message>
    <message>
      <source>Kế hoạch mẫu chỉ để xem. Để đặt mục tiêu riêng, hãy tạo kế hoạch từ mẫu rồi sửa các mục tiêu; kế hoạch được gửi xuống các xã qua đồng bộ.</source>
      <translation>Templates are for viewing only. To set your own targets, make a plan from a template and change its targets; plans go down to the communes through sync.</translation>
    </message>
    <message>
      <source>Mã: {code}</source>
      <translation>Code: {code}</translation>
    </message>
    <message>
      <source>Đơn vị: {unit}</source>
      <translation>Unit: {unit}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Giai đoạn:&lt;/b&gt; {phases}</source>
      <translation>&lt;b&gt;Phases:&lt;/b&gt; {phases}</translation>
    </message>
    <message>
      <source>Chỉ tiêu</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Đơn vị tính</source>
      <translation>Measured in</translation>
    </message>
    <message>
      <source>Ô này chưa có mục tiêu.</source>
      <translation>This cell has no target.</translation>
    </message>
    <message>
      <source>Kế hoạch và mục tiêu</source>
      <translation>Plans and targets</translation>
    </message>
    <message>
      <source>Mã: {code} · Đơn vị: {unit}</source>
      <translation>Code: {code} · Unit: {unit}</translation>
    </message>
    <message>
      <source>Quyết định: {number} ngày {date}</source>
      <translation>Decision: {number} of {date}</translation>
    </message>
    <message>
      <source>chưa có</source>
      <translation>none yet</translation>
    </message>
    <message>
      <source>Không đặt mục tiêu</source>
      <translation>No target</translation>
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <source>HTX mới thành lập</source>
      <translation>New cooperatives</translation>
    </message>
    <message>
      <source>THT mới thành lập</source>
      <translation>New cooperative groups</translation>
    </message>
    <message>
      <source>HTX, THT được củng cố</source>
      <translation>Cooperatives and groups strengthened</translation>
    </message>
    <message>
      <source>Việc làm mới cho lao động nữ (trục phải)</source>
      <translation>New jobs for women (right axis)</translation>
    </message>
    <message>
      <source>Kết quả chính theo năm</source>
      <translation>Main results by year</translation>
    </message>
    <message>
      <source>HTX, THT</source>
      <translation>Cooperatives, groups</translation>
    </message>
    <message>
      <source>Việc làm</source>
      <translation>Jobs</translation>
    </message>
    <message>
      <source>Tên</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Loại</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Số lượng</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Được tính</source>
      <translation>Counts</translation>
    </message>
    <message>
      <source>Các bản ghi được tính</source>
      <translation>The records behind the figure</translation>
    </message>
    <message>
      <source>Đang tải…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>{counted} trong số {total} được tính.</source>
      <translation>{counted} of {total} count.</translation>
    </message>
    <message>
      <source>{counted} bản ghi được tính.</source>
      <translation>{counted} records count.</translation>
    </message>
    <message>
      <source>Có</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Chưa</source>
      <translation>Not yet</translation>
    </message>
    <message>
      <source>Chỉ hiện {shown} bản ghi đầu.</source>
      <translation>Only the first {shown} are shown.</translation>
    </message>
    <message>
      <source>HTX mới</source>
      <translation>New HTX</translation>
    </message>
    <message>
      <source>THT mới</source>
      <translation>New THT</translation>
    </message>
    <message>
      <source>HTX, THT mới</source>
      <translation>New HTX, THT</translation>
    </message>
    <message>
      <source>HTX mới (trên 50% LĐ nữ)</source>
      <translation>New HTX (over 50% women workers)</translation>
    </message>
    <message>
      <source>HTX, THT mới (trên 50% LĐ nữ)</source>
      <translation>New HTX, THT (over 50% women workers)</translation>
    </message>
    <message>
      <source>Nữ tổ trưởng THT được đào tạo</source>
      <translation>Women group leaders trained</translation>
    </message>
    <message>
      <source>Hội doanh nhân nữ</source>
      <translation>Women entrepreneurs' association</translation>
    </message>
    <message>
      <source>Khen thưởng trong 2 năm</source>
      <translation>Commendations in 2 years</translation>
    </message>
    <message>
      <source>Việc làm mới</source>
      <translation>New jobs</translation>
    </message>
    <message>
      <source>Việc làm ổn định</source>
      <translation>Stable jobs</translation>
    </message>
    <message>
      <source>Việc làm ổn định (HTX)</source>
      <translation>Stable jobs (HTX)</translation>
    </message>
    <message>
      <source>Việc làm ổn định (THT)</source>
      <translation>Stable jobs (THT)</translation>
    </message>
    <message>
      <source>Được củng cố</source>
      <translation>Strengthened</translation>
    </message>
    <message>
      <source>HTX được củng cố</source>
      <translation>HTX strengthened</translation>
    </message>
    <message>
      <source>THT được củng cố</source>
      <translation>THT strengthened</translation>
    </message>
    <message>
      <source>Nữ quản lý được đào tạo</source>
      <translation>Women managers trained</translation>
    </message>
    <message>
      <source>Cán bộ được tập huấn</source>
      <translation>Cadres trained</translation>
    </message>
    <message>
      <source>Cán bộ có kỹ năng tuyên truyền</source>
      <translation>Cadres with outreach skills</translation>
    </message>
    <message>
      <source>Chỉ tiêu</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Mục tiêu</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>Đạt được</source>
      <translation>Achieved</translation>
    </message>
    <message>
      <source>Tỷ lệ so với mục tiêu</source>
      <translation>Share of target</translation>
    </message>
    <message>
      <source>Tiến độ</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>Đánh giá</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Từ đầu kế hoạch</source>
      <translation>Since the plan began</translation>
    </message>
    <message>
      <source>Cùng chỉ tiêu, tính từ ngày đầu của kế hoạch đến ngày tính tiến độ (chỉ tiêu “đến năm 2030”).</source>
      <translation>The same indicator, from the plan's first day to the as-of date (targets “by 2030”).</translation>
    </message>
    <message>
      <source>Xã, phường</source>
      <translation>Commune, ward</translation>
    </message>
    <message>
      <source>Từ {day}</source>
      <translation>Since {day}</translation>
    </message>
    <message>
      <source>mục tiêu {target}</source>
      <translation>target {target}</translation>
    </message>
    <message>
      <source>Nháy đúp hoặc bấm Enter vào một chỉ tiêu để xem các bản ghi được tính (hoặc ghi nhận một mốc hoàn thành).</source>
      <translation>Double-click or press Enter on an indicator to see the records counted (or to record a milestone as done).</translation>
    </message>
    <message>
      <source>Nháy đúp vào một ô để xem các bản ghi được tính ở xã đó.</source>
      <translation>Double-click a cell to see the records behind it in that commune.</translation>
    </message>
    <message>
      <source>Theo năm</source>
      <translation>By year</translation>
    </message>
    <message>
      <source>Đang tính…</source>
      <translation>Computing…</translation>
    </message>
    <message>
      <source>Kế hoạch:</source>
      <translation>Plan:</translation>
    </message>
    <message>
      <source>Giai đoạn:</source>
      <translation>Phase:</translation>
    </message>
    <message>
      <source>Đơn vị:</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <source>Tính đến ngày:</source>
      <translation>As of:</translation>
    </message>
    <message>
      <source>Theo xã, phường</source>
      <translation>By commune</translation>
    </message>
    <message>
      <source>Kế hoạch này chưa có giai đoạn nào.</source>
      <translation>This plan has no phases yet.</translation>
    </message>
    <message>
      <source>Chọn một chỉ tiêu để xem cách tính.</source>
      <translation>Select an indicator to see how it is computed.</translation>
    </message>
    <message>
      <source>Tiến độ thực hiện kế hoạch</source>
      <translation>Progress of the plan</translation>
    </message>
    <message>
      <source>{unit}: từ {start} đến {end} — đã qua {elapsed}% thời gian của giai đoạn. Xanh: đạt; vàng: đúng tiến độ; đỏ: chậm.</source>
      <translation>{unit}: from {start} to {end} — {elapsed}% of the phase's time has passed. Green: met; yellow: on track; red: behind.</translation>
    </message>
    <message>
      <source>Cách tính: {rule}</source>
      <translation>How it is computed: {rule}</translation>
    </message>
  </context>
  <context>
    <name>RecoveryCode</name>
    <message>
      <source>&amp;Chép mã</source>
      <translation>&amp;Copy the code</translation>
    </message>
    <message>
      <source>Mã khôi phục — HTX Desktop</source>
      <translation>Recovery code — HTX Desktop</translation>
    </message>
    <message>
      <source>Tôi đã cất mã</source>
      <translation>I have put the code away</translation>
    </message>
    <message>
      <source>&lt;b&gt;Mã khôi phục&lt;/b&gt; — chỉ hiện lần này. Hãy in hoặc chép lại, cất trong ngăn kéo có khoá. Khi quên mật khẩu người quản trị, mã này mở lại được dữ liệu; ai có mã cũng mở được, nên đừng để cạnh máy tính.</source>
      <translation>&lt;b&gt;Recovery code&lt;/b&gt; — shown this once. Print or copy it and keep it in a locked drawer. If the administrator's password is forgotten, this code opens the data again; anyone who has it can, so never keep it beside the computer.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <source>Khôi phục mật khẩu người quản trị — HTX Desktop</source>
      <translation>Recover the administrator's password — HTX Desktop</translation>
    </message>
    <message>
      <source>&amp;Mã khôi phục:</source>
      <translation>&amp;Recovery code:</translation>
    </message>
    <message>
      <source>&amp;Tên đăng nhập:</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <source>Mật khẩu &amp;mới:</source>
      <translation>&amp;New password:</translation>
    </message>
    <message>
      <source>&amp;Nhập lại mật khẩu:</source>
      <translation>Re&amp;peat the password:</translation>
    </message>
    <message>
      <source>Đặt mật khẩu mới</source>
      <translation>Set the new password</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Nhập mã khôi phục đã in khi cài đặt (24 ký tự), tên đăng nhập của người quản trị và mật khẩu mới.</source>
      <translation>Type the recovery code printed at setup (24 characters), the administrator's user name and a new password.</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Bấm “Xem trước” (F5) để xem các trang của báo cáo ở đây.</source>
      <translation>Press “Preview” (F5) to see the report's pages here.</translation>
    </message>
    <message>
      <source>Báo cáo tiến độ (6 tháng, năm)</source>
      <translation>Progress report (6-month, annual)</translation>
    </message>
    <message>
      <source>Báo cáo sơ kết, tổng kết giai đoạn</source>
      <translation>Mid-term or final review</translation>
    </message>
    <message>
      <source>Danh sách HTX, tổ hợp tác</source>
      <translation>List of cooperatives and groups</translation>
    </message>
    <message>
      <source>Danh sách nữ quản lý và việc đào tạo</source>
      <translation>Women managers and their training</translation>
    </message>
    <message>
      <source>Danh sách ký tên của khóa học</source>
      <translation>Sign-in sheet of a training</translation>
    </message>
    <message>
      <source>Hội LHPN</source>
      <translation>Women's Union</translation>
    </message>
    <message>
      <source>UBND</source>
      <translation>People's Committee</translation>
    </message>
    <message>
      <source>PDF (mẫu Nghị định 30)</source>
      <translation>PDF (Decree 30 layout)</translation>
    </message>
    <message>
      <source>Excel (.xlsx)</source>
      <translation>Excel (.xlsx)</translation>
    </message>
    <message>
      <source>Báo cáo</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>&amp;Loại:</source>
      <translation>&amp;Kind:</translation>
    </message>
    <message>
      <source>&amp;Kế hoạch:</source>
      <translation>&amp;Plan:</translation>
    </message>
    <message>
      <source>Đơn &amp;vị:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <source>Khóa &amp;học:</source>
      <translation>&amp;Training:</translation>
    </message>
    <message>
      <source>Kỳ &amp;báo cáo:</source>
      <translation>P&amp;eriod:</translation>
    </message>
    <message>
      <source>Từ ngày:</source>
      <translation>From:</translation>
    </message>
    <message>
      <source>Cơ &amp;quan ban hành:</source>
      <translation>&amp;Issued by:</translation>
    </message>
    <message>
      <source>&amp;Số văn bản:</source>
      <translation>&amp;Number:</translation>
    </message>
    <message>
      <source>Định &amp;dạng:</source>
      <translation>&amp;Format:</translation>
    </message>
    <message>
      <source>Nội dung do cán bộ viết (lưu lại cho lần sau)</source>
      <translation>Texts written by the officer (kept for next time)</translation>
    </message>
    <message>
      <source>&amp;Xem trước (F5)</source>
      <translation>Pre&amp;view (F5)</translation>
    </message>
    <message>
      <source>Lưu tệp… (Ctrl+S)</source>
      <translation>Save file… (Ctrl+S)</translation>
    </message>
    <message>
      <source>In… (Ctrl+P)</source>
      <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
      <source>Đang lập báo cáo…</source>
      <translation>Making the report…</translation>
    </message>
    <message>
      <source>Tệp PDF (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>Tệp Excel (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <source>Lưu báo cáo</source>
      <translation>Save the report</translation>
    </message>
    <message>
      <source>Chọn máy in…</source>
      <translation>Choose a printer…</translation>
    </message>
    <message>
      <source>In báo cáo</source>
      <translation>Print the report</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <source>đến</source>
      <translation>to</translation>
    </message>
    <message>
      <source>để trống: ghi tay sau</source>
      <translation>blank: written in by hand</translation>
    </message>
    <message>
      <source>Kết quả nổi bật:</source>
      <translation>Achievements:</translation>
    </message>
    <message>
      <source>Khó khăn, vướng mắc:</source>
      <translation>Difficulties:</translation>
    </message>
    <message>
      <source>Đề xuất, kiến nghị:</source>
      <translation>Proposals:</translation>
    </message>
    <message>
      <source>Cả giai đoạn của kế hoạch</source>
      <translation>The plan's whole phase</translation>
    </message>
    <message>
      <source>Chưa có khóa học nào để lập danh sách ký tên: hãy thêm khóa học ở màn hình “Đào tạo”.</source>
      <translation>There is no training to make a sign-in sheet for: add one on the “Trainings” screen.</translation>
    </message>
    <message>
      <source>Chưa in.</source>
      <translation>Not printed.</translation>
    </message>
    <message>
      <source>Đã gửi {pages} trang đến máy in.</source>
      <translation>{pages} pages sent to the printer.</translation>
    </message>
    <message>
      <source>6 tháng đầu năm {year}</source>
      <translation>First half of {year}</translation>
    </message>
    <message>
      <source>Năm {year}</source>
      <translation>Year {year}</translation>
    </message>
    <message>
      <source>Bản xem trước: {pages} trang.</source>
      <translation>Preview: {pages} pages.</translation>
    </message>
    <message>
      <source>Đã lưu: {path}</source>
      <translation>Saved: {path}</translation>
    </message>
  </context>
  <context>
    <name>Screens</name>
    <message>
      <source>HTX/THT</source>
      <translation>cooperatives or groups</translation>
    </message>
    <message>
      <source>Mọi loại hình</source>
      <translation>Any kind</translation>
    </message>
    <message>
      <source>Năm thành lập</source>
      <translation>Year founded</translation>
    </message>
    <message>
      <source>người</source>
      <translation>people</translation>
    </message>
    <message>
      <source>Nam và nữ</source>
      <translation>Men and women</translation>
    </message>
    <message>
      <source>Năm sinh</source>
      <translation>Birth year</translation>
    </message>
    <message>
      <source>khóa học</source>
      <translation>trainings</translation>
    </message>
    <message>
      <source>Mọi chủ đề</source>
      <translation>Any topic</translation>
    </message>
    <message>
      <source>Năm tổ chức</source>
      <translation>Year held</translation>
    </message>
    <message>
      <source>Tên HTX/THT</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Loại hình</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Tình trạng</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Ngày thành lập</source>
      <translation>Founded</translation>
    </message>
    <message>
      <source>Hội hỗ trợ</source>
      <translation>Union support</translation>
    </message>
    <message>
      <source>Do nữ quản lý</source>
      <translation>Women-managed</translation>
    </message>
    <message>
      <source>Tỉ lệ LĐ nữ</source>
      <translation>Female workers</translation>
    </message>
    <message>
      <source>Sao OCOP</source>
      <translation>OCOP stars</translation>
    </message>
    <message numerus="yes">
      <source>%Ln HTX/THT</source>
      <translation>
        <numerusform>%Ln cooperative or group</numerusform>
        <numerusform>%Ln cooperatives and groups</numerusform>
      </translation>
    </message>
    <message>
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Giới tính</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>Dân tộc</source>
      <translation>Ethnicity</translation>
    </message>
    <message>
      <source>Điện thoại</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Cán bộ Hội</source>
      <translation>Union cadre</translation>
    </message>
    <message numerus="yes">
      <source>%Ln người</source>
      <translation>
        <numerusform>%Ln person</numerusform>
        <numerusform>%Ln people</numerusform>
      </translation>
    </message>
    <message>
      <source>Tên khóa học</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Chủ đề</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>Hình thức</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Bắt đầu</source>
      <translation>Starts</translation>
    </message>
    <message>
      <source>Kết thúc</source>
      <translation>Ends</translation>
    </message>
    <message>
      <source>Học viên</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <source>Hoàn thành</source>
      <translation>Completed</translation>
    </message>
    <message numerus="yes">
      <source>%Ln khóa học</source>
      <translation>
        <numerusform>%Ln training</numerusform>
        <numerusform>%Ln trainings</numerusform>
      </translation>
    </message>
    <message>
      <source>Số CCCD</source>
      <translation>National ID</translation>
    </message>
  </context>
  <context>
    <name>SelfTest</name>
    <message>
      <source>cơ sở dữ liệu mới của {unit}, lược đồ {revision}</source>
      <translation>a new database for {unit}, schema {revision}</translation>
    </message>
    <message>
      <source>{size} byte, tỉnh đọc lại được 1 HTX mới</source>
      <translation>{size} bytes, the province read back 1 new cooperative</translation>
    </message>
    <message>
      <source>{count} màn hình</source>
      <translation>{count} screens</translation>
    </message>
    <message>
      <source>{size} byte, 1 trang, phông Liberation Serif nhúng sẵn</source>
      <translation>{size} bytes, 1 page, Liberation Serif embedded</translation>
    </message>
    <message>
      <source>cơ sở dữ liệu có người quản trị mà chưa được mã hoá</source>
      <translation>a database with an administrator is not encrypted</translation>
    </message>
    <message>
      <source>Biểu mẫu nhập liệu</source>
      <translation>Data entry forms</translation>
    </message>
    <message>
      <source>Bản dịch tiếng Anh</source>
      <translation>English translation</translation>
    </message>
    <message>
      <source>Tạo cơ sở dữ liệu và nâng cấp lược đồ</source>
      <translation>New database and schema upgrades</translation>
    </message>
    <message>
      <source>Mã hoá cơ sở dữ liệu</source>
      <translation>Database encryption</translation>
    </message>
    <message>
      <source>Ghi và đọc lại tệp đồng bộ</source>
      <translation>Sync file written and read back</translation>
    </message>
    <message>
      <source>Báo cáo PDF theo mẫu</source>
      <translation>Official-form PDF report</translation>
    </message>
    <message>
      <source>Cửa sổ chính</source>
      <translation>Main window</translation>
    </message>
    <message>
      <source>Hướng dẫn sử dụng</source>
      <translation>User guide</translation>
    </message>
    <message>
      <source>ĐẠT</source>
      <translation>PASS</translation>
    </message>
    <message>
      <source>LỖI</source>
      <translation>FAIL</translation>
    </message>
    <message>
      <source>không có biểu mẫu nào trong {folder}</source>
      <translation>no forms in {folder}</translation>
    </message>
    <message>
      <source>không nạp được {file}</source>
      <translation>cannot load {file}</translation>
    </message>
    <message>
      <source>“Tổng quan” được dịch thành “{text}”</source>
      <translation>“Tổng quan” is translated as “{text}”</translation>
    </message>
    <message>
      <source>lược đồ {found}, cần {wanted}</source>
      <translation>schema {found}, {wanted} needed</translation>
    </message>
    <message>
      <source>tỉnh đọc được {count} HTX mới thay vì 1</source>
      <translation>the province read {count} new cooperatives instead of 1</translation>
    </message>
    <message>
      <source>phông chữ Liberation Serif không được nhúng vào {file}</source>
      <translation>the Liberation Serif font is not embedded in {file}</translation>
    </message>
    <message>
      <source>báo cáo thử có {count} trang thay vì 1</source>
      <translation>the test report has {count} pages instead of 1</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu của máy này</source>
      <translation>This installation's database</translation>
    </message>
    <message>
      <source>{failed} trong {total} mục kiểm tra không đạt.</source>
      <translation>{failed} of {total} checks failed.</translation>
    </message>
    <message>
      <source>Cả {total} mục kiểm tra đều đạt.</source>
      <translation>All {total} checks passed.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Chung</source>
      <translation>General</translation>
    </message>
    <message>
      <source>Báo cáo</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>Người dùng</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>Nhật ký</source>
      <translation>Log</translation>
    </message>
    <message>
      <source>Ngôn ngữ</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Ngôn ngữ giao diện:</source>
      <translation>Interface language:</translation>
    </message>
    <message>
      <source>Tự khóa khi không dùng</source>
      <translation>Lock when unused</translation>
    </message>
    <message>
      <source> phút</source>
      <translation> minutes</translation>
    </message>
    <message>
      <source>không bao giờ</source>
      <translation>never</translation>
    </message>
    <message>
      <source>Khóa chương trình sau:</source>
      <translation>Lock the program after:</translation>
    </message>
    <message>
      <source>Thư mục dữ liệu</source>
      <translation>Data folder</translation>
    </message>
    <message>
      <source>&amp;Mở thư mục dữ liệu</source>
      <translation>&amp;Open the data folder</translation>
    </message>
    <message>
      <source>Đã lưu. Ngôn ngữ mới có hiệu lực khi mở lại chương trình.</source>
      <translation>Saved. The new language takes effect when the program is opened again.</translation>
    </message>
    <message>
      <source>Đồng bộ</source>
      <translation>Sync</translation>
    </message>
    <message>
      <source>Sao lưu</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>Khi khóa, phải nhập lại mật khẩu; những gì đang nhập dở vẫn được giữ nguyên. Chỉ áp dụng khi cài đặt có tài khoản người dùng.</source>
      <translation>When locked, the password must be entered again; anything being typed is kept. Applies only when the installation has user accounts.</translation>
    </message>
    <message>
      <source>Chỉ người quản trị mới thay đổi được cài đặt; bạn chỉ chọn được ngôn ngữ.</source>
      <translation>Only the administrator can change the settings; you can choose only the language.</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <source>Đơn vị sử dụng</source>
      <translation>Your unit</translation>
    </message>
    <message>
      <source>Gõ tên tỉnh (không cần dấu) hoặc mã, rồi xã/phường của cơ quan mình; chọn cấp tổng hợp nếu là cơ quan tỉnh.</source>
      <translation>Type the province's name (diacritics not needed) or code, then your office's commune or ward; choose the aggregating level if you are a province office.</translation>
    </message>
    <message>
      <source>Ví dụ: lang son, hoặc mã 20</source>
      <translation>For example: lang son, or code 20</translation>
    </message>
    <message>
      <source>Ví dụ: trang dinh, hoặc mã 06046</source>
      <translation>For example: trang dinh, or code 06046</translation>
    </message>
    <message>
      <source>Cấp xã: nhập liệu và gửi tệp đồng bộ lên trên</source>
      <translation>Commune: enter data and send sync files up</translation>
    </message>
    <message>
      <source>Cấp tổng hợp (tỉnh): nhận tệp của các xã</source>
      <translation>Aggregating (province): receive the communes' files</translation>
    </message>
    <message>
      <source>&amp;Tỉnh/thành phố:</source>
      <translation>&amp;Province:</translation>
    </message>
    <message>
      <source>&amp;Xã/phường:</source>
      <translation>&amp;Commune:</translation>
    </message>
    <message>
      <source>Gửi tệp đồng bộ &amp;cho:</source>
      <translation>Send sync files &amp;to:</translation>
    </message>
    <message>
      <source>Người quản trị</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>&amp;Họ và tên:</source>
      <translation>&amp;Full name:</translation>
    </message>
    <message>
      <source>&amp;Tên đăng nhập:</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <source>&amp;Mật khẩu:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <source>&amp;Nhập lại mật khẩu:</source>
      <translation>&amp;Repeat password:</translation>
    </message>
    <message>
      <source>Kiểm tra lại trước khi tạo</source>
      <translation>Check before creating</translation>
    </message>
    <message>
      <source>Nếu có gì chưa đúng, bấm “&lt; Quay lại” để sửa.</source>
      <translation>If anything is wrong, press “&lt; Back” to correct it.</translation>
    </message>
    <message>
      <source>Tạo cơ sở dữ liệu &gt;</source>
      <translation>Create the database &gt;</translation>
    </message>
    <message>
      <source>Đã sẵn sàng</source>
      <translation>Ready</translation>
    </message>
    <message>
      <source>Cài đặt HTX Desktop lần đầu</source>
      <translation>Setting up HTX Desktop</translation>
    </message>
    <message>
      <source>Tiếp theo &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <source>&lt; Quay lại</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <source>Bắt đầu dùng</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>(không gửi lên — cấp cao nhất)</source>
      <translation>(none — the top level)</translation>
    </message>
    <message>
      <source>Tài khoản quản trị quản lý người dùng. Mật khẩu ít nhất {n} ký tự.</source>
      <translation>The administrator manages users. Password of at least {n} characters.</translation>
    </message>
    <message>
      <source>{unit} — cấp tổng hợp, nhận tệp của các xã</source>
      <translation>{unit} — aggregating level, receives the communes' files</translation>
    </message>
    <message>
      <source>{unit} → {upstream}</source>
      <translation>{unit} → {upstream}</translation>
    </message>
    <message>
      <source>{username} ({name})</source>
      <translation>{username} ({name})</translation>
    </message>
    <message>
      <source>Đơn vị và nơi nhận tệp đồng bộ:
{route}

Người quản trị: {who}

Cơ sở dữ liệu sẽ được tạo tại:
{path}</source>
      <translation>Unit and where its sync files go:
{route}

Administrator: {who}

The database will be created at:
{path}</translation>
    </message>
    <message>
      <source>Đã tạo cơ sở dữ liệu cho &lt;b&gt;{unit}&lt;/b&gt;.&lt;br&gt;Đơn vị nhận tệp đồng bộ: {upstream}.&lt;br&gt;&lt;br&gt;Dấu vân tay khóa của máy này (đọc qua điện thoại cho cấp trên khi trao đổi khóa):&lt;br&gt;&lt;span style='font-size:16pt; font-family:monospace'&gt;{fp}&lt;/span&gt;</source>
      <translation>Database created for &lt;b&gt;{unit}&lt;/b&gt;.&lt;br&gt;Sync files go to: {upstream}.&lt;br&gt;&lt;br&gt;This PC's key fingerprint (read it over the phone to the level above when exchanging keys):&lt;br&gt;&lt;span style='font-size:16pt; font-family:monospace'&gt;{fp}&lt;/span&gt;</translation>
    </message>
  </context>
  <context>
    <name>SupportForm</name>
    <message>
      <source>Hỗ trợ HTX/THT</source>
      <translation>Support to a cooperative</translation>
    </message>
    <message>
      <source>&amp;HTX/THT:</source>
      <translation>&amp;Cooperative or group:</translation>
    </message>
    <message>
      <source>&amp;Nội dung hỗ trợ:</source>
      <translation>&amp;Kind of support:</translation>
    </message>
    <message>
      <source>Ngà&amp;y:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <source>&amp;Số tiền (đồng):</source>
      <translation>&amp;Amount (VND):</translation>
    </message>
    <message>
      <source>ví dụ 50.000.000</source>
      <translation>e.g. 50.000.000</translation>
    </message>
    <message>
      <source>Nơi &amp;cho vay:</source>
      <translation>&amp;Lender:</translation>
    </message>
    <message>
      <source>Đơn vị hỗ t&amp;rợ:</source>
      <translation>&amp;Given by:</translation>
    </message>
    <message>
      <source>ví dụ: Hội LHPN xã</source>
      <translation>e.g. the commune's women's union</translation>
    </message>
    <message>
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <source>Đọc dấu vân tay này qua điện thoại với {unit} trước khi tin cậy:

{fp}

Hai bên có khớp không?</source>
      <translation>Read this fingerprint over the phone with {unit} before trusting:

{fp}

Do both sides match?</translation>
    </message>
    <message>
      <source>Xem trước khi nhập</source>
      <translation>Preview before importing</translation>
    </message>
    <message>
      <source>Nhập vào cơ sở dữ liệu</source>
      <translation>Import into the database</translation>
    </message>
    <message>
      <source>Không nhập</source>
      <translation>Do not import</translation>
    </message>
    <message>
      <source>Gửi và nhận</source>
      <translation>Send and receive</translation>
    </message>
    <message>
      <source>Xuất tệp gửi cấp trên…</source>
      <translation>Export a file for the level above…</translation>
    </message>
    <message>
      <source>Nhập tệp…</source>
      <translation>Import files…</translation>
    </message>
    <message>
      <source>Nhập cả thư mục…</source>
      <translation>Import a whole folder…</translation>
    </message>
    <message>
      <source>Xuất thẻ khóa…</source>
      <translation>Write key card…</translation>
    </message>
    <message>
      <source>Tin cậy thẻ khóa…</source>
      <translation>Trust a key card…</translation>
    </message>
    <message>
      <source>Chọn tệp đồng bộ (một hoặc nhiều tệp)</source>
      <translation>Choose sync files (one or more)</translation>
    </message>
    <message>
      <source>Tệp đồng bộ (*.htxsync)</source>
      <translation>Sync files (*.htxsync)</translation>
    </message>
    <message>
      <source>Chọn thư mục chứa tệp của các xã</source>
      <translation>Choose the folder with the communes' files</translation>
    </message>
    <message>
      <source>Chọn nơi ghi thẻ khóa</source>
      <translation>Choose where to write the key card</translation>
    </message>
    <message>
      <source>Chọn thẻ khóa</source>
      <translation>Choose a key card</translation>
    </message>
    <message>
      <source>Thẻ khóa (*.htxkey)</source>
      <translation>Key cards (*.htxkey)</translation>
    </message>
    <message>
      <source>Bảng</source>
      <translation>Table</translation>
    </message>
    <message>
      <source>Mới</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Thay đổi</source>
      <translation>Changed</translation>
    </message>
    <message>
      <source>Không đổi</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <source>Bị từ chối</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Thời gian</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Chiều</source>
      <translation>Direction</translation>
    </message>
    <message>
      <source>Loại</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Số thứ tự</source>
      <translation>Sequence</translation>
    </message>
    <message>
      <source>Tệp</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Bản ghi</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Tin cậy thẻ khóa</source>
      <translation>Trust key card</translation>
    </message>
    <message>
      <source>Khớp, tin cậy</source>
      <translation>They match: trust</translation>
    </message>
    <message>
      <source>Không khớp</source>
      <translation>They differ</translation>
    </message>
    <message>
      <source>Chưa nhập gì.</source>
      <translation>Nothing imported.</translation>
    </message>
    <message>
      <source>Đã nhập {files} tệp, {records} bản ghi mới hoặc thay đổi; {nothing_new} tệp không có gì mới; {refused} tệp bị từ chối.</source>
      <translation>Imported {files} files, {records} records new or changed; {nothing_new} files with nothing new; {refused} files refused.</translation>
    </message>
    <message>
      <source>Chọn thư mục hoặc ổ USB để ghi tệp gửi {unit}</source>
      <translation>Choose a folder or USB stick for the file to {unit}</translation>
    </message>
    <message>
      <source>Đã ghi thẻ khóa {card} và trang in {page}. Dấu vân tay: {fp}</source>
      <translation>Wrote key card {card} and printable page {page}. Fingerprint: {fp}</translation>
    </message>
    <message>
      <source>Đã tin cậy {unit} ({fp}).</source>
      <translation>Trusted {unit} ({fp}).</translation>
    </message>
    <message>
      <source>Tệp từ: {senders}</source>
      <translation>Files from: {senders}</translation>
    </message>
    <message>
      <source>Tệp đã gửi và đã nhận</source>
      <translation>Files sent and received</translation>
    </message>
    <message>
      <source>Xung đột chờ xem xét</source>
      <translation>Conflicts to review</translation>
    </message>
    <message>
      <source>Gửi đi</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>Nhận về</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Biên nhận</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <source>Dữ liệu</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>%v/%m tệp</source>
      <translation>%v/%m files</translation>
    </message>
    <message>
      <source>Đã ghi {file}: {count} bản ghi, gửi {unit}. Chép tệp này vào USB hoặc gửi thư điện tử.</source>
      <translation>Wrote {file}: {count} records for {unit}. Copy it to a USB stick or send it by e-mail.</translation>
    </message>
  </context>
  <context>
    <name>TrainingForm</name>
    <message>
      <source>Khóa đào tạo</source>
      <translation>Training</translation>
    </message>
    <message>
      <source>&amp;Tên khóa học:</source>
      <translation>&amp;Title:</translation>
    </message>
    <message>
      <source>C&amp;hủ đề:</source>
      <translation>T&amp;opic:</translation>
    </message>
    <message>
      <source>&amp;Hình thức:</source>
      <translation>&amp;Format:</translation>
    </message>
    <message>
      <source>Ngày &amp;bắt đầu:</source>
      <translation>&amp;Starts on:</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <source>Ngày &amp;kết thúc:</source>
      <translation>&amp;Ends on:</translation>
    </message>
    <message>
      <source>Địa đ&amp;iểm:</source>
      <translation>&amp;Place:</translation>
    </message>
    <message>
      <source>Đơn vị &amp;tổ chức:</source>
      <translation>&amp;Organiser:</translation>
    </message>
    <message>
      <source>&amp;Nguồn kinh phí:</source>
      <translation>F&amp;unding:</translation>
    </message>
    <message>
      <source>Đối tượn&amp;g:</source>
      <translation>Tar&amp;get group:</translation>
    </message>
    <message>
      <source>Đơn &amp;vị:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <source>Ghi chú:</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <source>Học viên: tham dự và hoàn thành</source>
      <translation>Participants: attendance and completion</translation>
    </message>
    <message>
      <source>Thê&amp;m học viên…</source>
      <translation>&amp;Add participants…</translation>
    </message>
    <message>
      <source>Tìm theo tên, không cần dấu; Enter thêm từng người (Alt+M)</source>
      <translation>Find people by name, diacritics optional; Enter adds each one (Alt+A)</translation>
    </message>
    <message>
      <source>Thêm ban &amp;quản lý một HTX/THT…</source>
      <translation>Add a cooperative's &amp;managers…</translation>
    </message>
    <message>
      <source>Thêm một lần tất cả những người đang giữ chức vụ quản lý ở một HTX/THT (Alt+Q)</source>
      <translation>Add at once everyone holding a management post in a cooperative today (Alt+M)</translation>
    </message>
    <message>
      <source>Tất cả h&amp;oàn thành</source>
      <translation>All &amp;completed</translation>
    </message>
    <message>
      <source>Bỏ khỏi &amp;danh sách</source>
      <translation>Remo&amp;ve from the list</translation>
    </message>
    <message>
      <source>Bỏ người đang chọn khỏi danh sách (phím Delete)</source>
      <translation>Remove the highlighted person from the list (Delete key)</translation>
    </message>
    <message>
      <source>Phím cách (Space) đánh dấu hoặc bỏ dấu hoàn thành cho người đang chọn. Mỗi thay đổi trong danh sách học viên được lưu ngay.</source>
      <translation>Space marks the highlighted person as completed, or not. Every change to the list of participants is saved at once.</translation>
    </message>
  </context>
  <context>
    <name>UnitChooser</name>
    <message>
      <source>Gõ tên hoặc mã, không cần dấu</source>
      <translation>Type a name or code, diacritics not needed</translation>
    </message>
    <message>
      <source>Có {count} đơn vị khớp “{text}”; hãy chọn một đơn vị trong danh sách.</source>
      <translation>{count} units match “{text}”; choose one from the list.</translation>
    </message>
    <message>
      <source>Không có đơn vị nào khớp “{text}”. Hãy gõ lại tên hoặc mã.</source>
      <translation>No unit matches “{text}”. Type the name or code again.</translation>
    </message>
  </context>
  <context>
    <name>UpstreamBox</name>
    <message>
      <source>Đơn vị nhận tệp đồng bộ</source>
      <translation>Receiving unit for sync files</translation>
    </message>
    <message>
      <source>Tệp đồng bộ của máy này được gửi cho đơn vị dưới đây. Chỉ đổi khi cấp trên hướng dẫn (ví dụ gửi qua huyện còn tổng hợp), sau khi đã tin cậy thẻ khóa của đơn vị đó.</source>
      <translation>This installation's sync files are sent to the unit below. Change it only when the level above says so (e.g. sending through a district that still aggregates), after trusting that unit's key card.</translation>
    </message>
    <message>
      <source>Gửi &amp;cho:</source>
      <translation>Send &amp;to:</translation>
    </message>
    <message>
      <source>Lưu đơn vị nhận</source>
      <translation>Save the receiving unit</translation>
    </message>
    <message>
      <source>(không gửi lên — cấp cao nhất)</source>
      <translation>(sends to nobody — top level)</translation>
    </message>
    <message>
      <source>Hãy chọn một đơn vị.</source>
      <translation>Choose a unit.</translation>
    </message>
    <message>
      <source>Đã lưu: từ nay tệp đồng bộ được gửi cho {unit}.</source>
      <translation>Saved: from now on sync files are sent to {unit}.</translation>
    </message>
  </context>
  <context>
    <name>UsersPage</name>
    <message>
      <source>Thêm hoặc sửa người dùng</source>
      <translation>Add or change a user</translation>
    </message>
    <message>
      <source>để trống nếu không đổi</source>
      <translation>leave empty to keep</translation>
    </message>
    <message>
      <source>Đang hoạt động</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Tên đăng nhập:</source>
      <translation>User name:</translation>
    </message>
    <message>
      <source>Họ và tên:</source>
      <translation>Full name:</translation>
    </message>
    <message>
      <source>Vai trò:</source>
      <translation>Role:</translation>
    </message>
    <message>
      <source>Mật khẩu:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <source>Thêm người dùng</source>
      <translation>Add user</translation>
    </message>
    <message>
      <source>Lưu thay đổi</source>
      <translation>Save changes</translation>
    </message>
    <message>
      <source>Đã lưu.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <source>Đã tạo mã khôi phục mới; mã cũ không còn dùng được.</source>
      <translation>A new recovery code is made; the old one no longer works.</translation>
    </message>
    <message>
      <source>Tên đăng nhập</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Vai trò</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Hoạt động</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Tạo mã khôi phục mới…</source>
      <translation>New recovery code…</translation>
    </message>
    <message>
      <source>Mã khôi phục cũ sẽ hết hiệu lực.</source>
      <translation>The old recovery code will stop working.</translation>
    </message>
    <message>
      <source>Chỉ người quản trị mới quản lý được người dùng.</source>
      <translation>Only an administrator can manage users.</translation>
    </message>
    <message>
      <source>có</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>không</source>
      <translation>no</translation>
    </message>
    <message>
      <source>Người dùng</source>
      <translation>Users</translation>
    </message>
  </context>
</TS>
