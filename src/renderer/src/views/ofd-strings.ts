/** Strings of what an OFD package carries (OfdPackageInfo.tsx), spread into i18n.tsx's dictionaries. Chinese is the source. */
export const ofdZh = {
  'ofd.heading': 'OFD 文件自带的内容',
  'ofd.summary': '批注 {annotations} 条 · 签章 {signatures} 个 · 附件 {attachments} 个',
  'ofd.annotations': '文件内批注（只读）',
  'ofd.annotationPage': '第 {n} 页',
  'ofd.signatures': '签章与签名',
  'ofd.seal': '电子印章',
  'ofd.sign': '数字签名',
  'ofd.signer': '签署人：{name}',
  'ofd.signerUnknown': '签署人未注明',
  'ofd.provider': '签章系统：{name}',
  'ofd.notVerified': '剪报只读出签署信息，没有验证签名是否有效、文件是否被改动。请用签章系统的验证工具核验。',
  'ofd.attachments': '附件',
  'ofd.missing': '（包内缺少该文件）',
  'ofd.none': '无',
} as const;

export const ofdEn: Record<keyof typeof ofdZh, string> = {
  'ofd.heading': 'What the OFD file carries',
  'ofd.summary': '{annotations} annotations · {signatures} signatures · {attachments} attachments',
  'ofd.annotations': 'Annotations in the file (read-only)',
  'ofd.annotationPage': 'page {n}',
  'ofd.signatures': 'Seals and signatures',
  'ofd.seal': 'Electronic seal',
  'ofd.sign': 'Digital signature',
  'ofd.signer': 'Signed by {name}',
  'ofd.signerUnknown': 'Signer not named',
  'ofd.provider': 'Signing system: {name}',
  'ofd.notVerified': 'Jianbao reads who signed but does not verify the signature or whether the file was changed since. Check it with the signing system’s verifier.',
  'ofd.attachments': 'Attachments',
  'ofd.missing': '(not in the package)',
  'ofd.none': 'None',
};
