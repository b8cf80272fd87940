-- Display names of services, branches and teams. No parameters. Output: kind, code, name_ar, name_en.
select kind, code, name_ar, name_en from segment_label;
