-- 002_channels: the ten channels the policy lists (shared/domain.md), with common other spellings.
-- Administrators edit or deactivate them; each association uses a subset.
insert into channel (code, name_ar, name_en, aliases, sort_order) values
	('in_person', 'المقابلة', 'In-person interview', ['مقابلة', 'المقابلة الشخصية', 'حضوري', 'زيارة', 'in person', 'walk-in', 'interview'], 1),
	('phone', 'الاتصالات الهاتفية', 'Phone calls', ['الهاتف', 'هاتف', 'اتصال', 'اتصال هاتفي', 'الاتصال الهاتفي', 'جوال', 'phone call', 'telephone', 'call'], 2),
	('social_media', 'وسائل التواصل الاجتماعي', 'Social media', ['التواصل الاجتماعي', 'واتساب', 'تويتر', 'اكس', 'سناب', 'social', 'whatsapp', 'twitter', 'x'], 3),
	('letter', 'الخطابات', 'Letters', ['خطاب', 'الخطاب', 'رسالة خطية', 'letter', 'mail'], 4),
	('help_request', 'خدمات طلب المساعدة', 'Help-request services', ['طلب مساعدة', 'طلب المساعدة', 'help request', 'assistance request'], 5),
	('volunteering', 'خدمة التطوع', 'Volunteering service', ['التطوع', 'تطوع', 'volunteer', 'volunteering'], 6),
	('website', 'الموقع الإلكتروني للجمعية', 'The association''s website', ['الموقع الالكتروني', 'الموقع الإلكتروني', 'الموقع', 'website', 'web', 'online'], 7),
	('branch_rep', 'مناديب المكاتب الفرعية', 'Branch-office representatives', ['مندوب', 'المندوب', 'مناديب الفروع', 'المكاتب الفرعية', 'branch representative', 'branch office'], 8),
	('service_form', 'نموذج طلب خدمة', 'Service request form', ['نموذج طلب الخدمة', 'نموذج', 'service form', 'request form'], 9),
	('project_application', 'التقديم على خدمات أحد المشاريع', 'Applying for a project''s services', ['التقديم على المشاريع', 'التقديم على مشروع', 'project application', 'project'], 10);
