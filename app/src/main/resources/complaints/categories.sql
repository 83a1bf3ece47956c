-- The seeds' complaint taxonomy and the departments that own the causes; run by CategorySeed when
-- complaint_categories is empty.
insert into complaint_departments values
  ('NETWORK',   '网络部',     'Network'),
  ('MARKETING', '市场部',     'Marketing'),
  ('DATA',      '数据业务部', 'Data services'),
  ('SERVICE',   '客户服务部', 'Customer service'),
  ('CHANNELS',  '渠道管理部', 'Channels'),
  ('BILLING',   '业务支撑部', 'Billing and IT support')
on conflict do nothing;

-- From the seeds' complaint taxonomy (新业务: 自有业务 / 互联网业务 / 梦网业务 / 12580 with their
-- causes and the satisfaction indicators they hurt), plus the categories of the operator's export.
insert into complaint_categories (code, parent_code, name_zh, name_en, department, indicator, position) values
  ('NETWORK',            null, '网络质量', 'Network', 'NETWORK', null, 1),
  ('NETWORK_SLOW',       'NETWORK', '网速慢或网页无法打开', 'Network slow or pages do not open', null, 'EASY_TO_USE', 1),
  ('NETWORK_NO_SIGNAL',  'NETWORK', '无信号', 'No signal', null, 'EASY_TO_USE', 2),
  ('CALL_DROP',          'NETWORK', '通话掉线', 'Dropped calls', null, 'EASY_TO_USE', 3),
  ('SPAM_SMS',           'NETWORK', '垃圾短信', 'Spam messages', null, null, 4),
  ('FEES',               null, '资费与计费', 'Fees and billing', 'BILLING', null, 2),
  ('BILLING_ERROR',      'FEES', '计费错误', 'Billing error', null, 'FEES_UNDERSTOOD', 1),
  ('BILLING_DISPUTE_DATA','FEES', '流量费用异议', 'Disputed data charges', null, 'FEES_UNDERSTOOD', 2),
  ('PLAN_CHANGE_FAILED', 'FEES', '套餐变更未成功', 'Plan change failed', 'MARKETING', 'SERVICE_FITS_NEED', 3),
  ('NEW_SERVICES',       null, '新业务', 'New services', 'DATA', null, 3),
  ('NS_OWN',             'NEW_SERVICES', '自有业务', 'Own services', null, null, 1),
  ('VAS_UNKNOWING_SUBSCRIPTION','NS_OWN', '不知情定制', 'Subscribed without knowing', 'MARKETING', 'SUBSCRIPTION_CONFIRMED', 1),
  ('NS_OWN_CANNOT_CANCEL','NS_OWN', '无法取消', 'Could not cancel', null, 'EASY_TO_CANCEL', 2),
  ('NS_OWN_NOT_WORKING', 'NS_OWN', '业务无法正常使用', 'Service does not work', null, 'EASY_TO_USE', 3),
  ('NS_OWN_BILLING',     'NS_OWN', '计费错误', 'Billing error', 'BILLING', 'FEES_UNDERSTOOD', 4),
  ('NS_INTERNET',        'NEW_SERVICES', '互联网业务', 'Internet services', null, null, 2),
  ('NS_INTERNET_SLOW',   'NS_INTERNET', '网速慢或网页无法打开', 'Network slow or pages do not open', 'NETWORK', 'EASY_TO_USE', 1),
  ('NS_INTERNET_DROPS',  'NS_INTERNET', '上网时出现断线', 'Connection drops', 'NETWORK', 'EASY_TO_USE', 2),
  ('NS_INTERNET_BILLING','NS_INTERNET', '上网计费错误', 'Data billing error', 'BILLING', 'FEES_UNDERSTOOD', 3),
  ('NS_MONTERNET',       'NEW_SERVICES', '梦网业务', 'Monternet', null, null, 3),
  ('NS_MONTERNET_UNKNOWING','NS_MONTERNET', '不知情定制', 'Subscribed without knowing', 'MARKETING', 'SUBSCRIPTION_CONFIRMED', 1),
  ('NS_MONTERNET_CANNOT_CANCEL','NS_MONTERNET', '无法取消', 'Could not cancel', null, 'EASY_TO_CANCEL', 2),
  ('NS_MONTERNET_NOT_EXPIRED','NS_MONTERNET', '到期未自动取消', 'Not cancelled at expiry', null, 'EASY_TO_CANCEL', 3),
  ('NS_12580',           'NEW_SERVICES', '12580服务', '12580 service', null, null, 4),
  ('NS_12580_UNKNOWING', 'NS_12580', '不知情定制', 'Subscribed without knowing', 'MARKETING', 'SUBSCRIPTION_CONFIRMED', 1),
  ('NS_12580_DELAYED',   'NS_12580', '信息接收延时或无法接收', 'Messages late or not received', null, 'EASY_TO_USE', 2),
  ('SERVICE',            null, '服务质量', 'Service', 'SERVICE', null, 4),
  ('SERVICE_ATTITUDE',   'SERVICE', '服务态度', 'Service attitude', null, null, 1),
  ('POINTS_REDEMPTION',  'SERVICE', '积分兑换', 'Points redemption', 'MARKETING', null, 2),
  ('NUMBER_PORTING',     'SERVICE', '携号转网与销户', 'Number porting and cancellation', 'MARKETING', 'EASY_TO_CANCEL', 3),
  ('HALLS',              null, '营业厅', 'Business halls', 'CHANNELS', null, 5),
  ('HALL_WAIT',          'HALLS', '排队时间长', 'Long queues', null, null, 1),
  ('OTHER',              null, '其他', 'Other', 'SERVICE', null, 9)
on conflict do nothing;
