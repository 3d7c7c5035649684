# Compiled by jinja2 from songlo_targets/templates/quy-tong-hop.html.j2 for html (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'quy-tong-hop.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_M = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'quy-tong-hop.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_M = context.vars['M'] = environment.get_template('_macros.html.j2', 'quy-tong-hop.html.j2')._get_default_module(context)
    context.exported_vars.discard('M')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    yield 'Báo cáo kết quả thực hiện nhiệm vụ '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'quarter_text')))

def block_doc_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    yield 'Kết quả thực hiện nhiệm vụ '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'quarter_text')))

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_M = resolve('M')
    l_0_label = resolve('label')
    l_0_keys = resolve('keys')
    l_0_t = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_3 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_4 = environment.filters['roman']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'roman' found.")
    try:
        t_5 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    try:
        t_6 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_t = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'totals')
    _block_vars['t'] = l_0_t
    yield '<p>'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'name')))
    yield ' tổng hợp kết quả thực hiện các sản phẩm của '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'quarter_text')))
    yield ' (nhiệm vụ có thời hạn trong quý và các mốc tiến độ trong quý) của '
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'units'))))
    yield ' cơ quan, đơn vị, địa phương đến ngày '
    yield escape(environment.finalize(t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of'))))
    yield ' như sau:</p>\n\n<h2>I. KẾT QUẢ CHUNG</h2>\n<p>Tổng số '
    yield escape(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total')))
    yield ' sản phẩm'
    if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'dropped'):
        pass
        yield ' (không tính '
        yield escape(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'dropped')))
        yield ' nhiệm vụ đã rút khỏi danh mục)'
    yield '; đã hoàn thành '
    yield escape(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done')))
    yield ', đạt '
    yield escape(environment.finalize((t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_share')) if (not t_7(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_share'))) else '0%')))
    yield '. '
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'stack'), (undefined(name='t') if l_0_t is missing else l_0_t), 160, _block_vars=_block_vars)))
    yield '</p>\n<table>\n<thead><tr><th>'
    yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status', _block_vars=_block_vars)))
    yield '</th><th>Số lượng</th><th>Tỷ lệ</th></tr></thead>\n<tbody>\n'
    for (l_1_b, l_1_n) in context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'buckets'), _block_vars=_block_vars):
        _loop_vars = {}
        pass
        yield '<tr><td>'
        yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'bucket', l_1_b, _loop_vars=_loop_vars)))
        yield '</td><td class="n">'
        yield escape(environment.finalize(t_2(l_1_n)))
        yield '</td><td class="n">'
        yield escape(environment.finalize((t_3((l_1_n / environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total'))) if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total') else '')))
        yield '</td></tr>\n'
    l_1_b = l_1_n = missing
    yield '<tr class="total"><td>Tổng số</td><td class="n">'
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total'))))
    yield '</td><td class="n">'
    yield escape(environment.finalize(('100%' if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total') else '')))
    yield '</td></tr>\n</tbody>\n</table>\n\n<h2>II. KẾT QUẢ THEO KHỐI VÀ ĐƠN VỊ</h2>\n<table>\n<thead><tr><th class="stt">STT</th><th class="unit-name">Đơn vị</th><th>Tổng số</th>'
    for l_1_b in context.call((undefined(name='keys') if l_0_keys is missing else l_0_keys), 'bucket', _block_vars=_block_vars):
        l_1_short = resolve('short')
        _loop_vars = {}
        pass
        yield '<th>'
        yield escape(environment.finalize(context.call((undefined(name='short') if l_1_short is missing else l_1_short), 'bucket', l_1_b, _loop_vars=_loop_vars)))
        yield '</th>'
    l_1_b = l_1_short = missing
    yield '<th>Tỷ lệ hoàn thành</th></tr></thead>\n<tbody>\n'
    l_1_loop = missing
    for l_1_g, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'groups'), undefined):
        _loop_vars = {}
        pass
        yield '<tr class="group"><td class="c">'
        yield escape(environment.finalize(t_4(environment.getattr(l_1_loop, 'index'))))
        yield '</td><td>'
        yield escape(environment.finalize(environment.getattr(l_1_g, 'name')))
        yield '</td><td class="n">'
        yield escape(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_g, 'counts'), 'total'))))
        yield '</td>'
        for (l_2_b, l_2_n) in context.call(environment.getattr(environment.getattr(l_1_g, 'counts'), 'buckets'), _loop_vars=_loop_vars):
            _loop_vars = {}
            pass
            yield '<td class="n">'
            yield escape(environment.finalize(t_2(l_2_n)))
            yield '</td>'
        l_2_b = l_2_n = missing
        yield '<td class="n">'
        yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_1_g, 'counts'), 'done_share'))))
        yield '</td></tr>\n'
        l_2_loop = missing
        for l_2_u, l_2_loop in LoopContext(environment.getattr(l_1_g, 'units'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_2_loop, 'index')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_2_u, 'name')))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_2(environment.getattr(environment.getattr(l_2_u, 'counts'), 'total'))))
            yield '</td>'
            for (l_3_b, l_3_n) in context.call(environment.getattr(environment.getattr(l_2_u, 'counts'), 'buckets'), _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                yield '<td class="n">'
                yield escape(environment.finalize(t_2(l_3_n)))
                yield '</td>'
            l_3_b = l_3_n = missing
            yield '<td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_2_u, 'counts'), 'done_share'))))
            yield '</td></tr>\n'
        l_2_loop = l_2_u = missing
    l_1_loop = l_1_g = missing
    yield '<tr class="total"><td></td><td>Tổng cộng</td><td class="n">'
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total'))))
    yield '</td>'
    for (l_1_b, l_1_n) in context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'buckets'), _block_vars=_block_vars):
        _loop_vars = {}
        pass
        yield '<td class="n">'
        yield escape(environment.finalize(t_2(l_1_n)))
        yield '</td>'
    l_1_b = l_1_n = missing
    yield '<td class="n">'
    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_share'))))
    yield '</td></tr>\n</tbody>\n</table>\n\n<h2>III. SẢN PHẨM QUÁ HẠN ('
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overdue'))))
    yield ')</h2>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overdue'):
        pass
        yield '<table>\n<thead><tr><th>STT</th><th class="task">Sản phẩm</th><th class="unit">Đơn vị</th><th class="date">Thời hạn</th><th>'
        yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status', _block_vars=_block_vars)))
        yield '</th><th class="sup">Người giám sát</th></tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overdue'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'title')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'unit_name')))
            yield '</td><td class="c">'
            yield escape(environment.finalize(t_6(environment.getattr(l_1_x, 'deadline'))))
            yield '</td><td>'
            yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(environment.getattr(l_1_x, 'state'), 'status'), _loop_vars=_loop_vars)))
            yield ' ('
            yield escape(environment.finalize(environment.getattr(l_1_x, 'value_text')))
            yield ')</td><td>'
            yield escape(environment.finalize((environment.getattr(l_1_x, 'supervisor') or '')))
            yield '</td></tr>\n'
        l_1_loop = l_1_x = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p>Không có sản phẩm quá hạn.</p>\n'
    yield '\n<h2>IV. SẢN PHẨM ĐẾN HẠN '
    yield escape(environment.finalize((t_5(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_quarter_text')) if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_quarter_text') else 'QUÝ SAU')))
    yield ' ('
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_products'))))
    yield ')</h2>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_products'):
        pass
        yield '<table>\n<thead><tr><th>STT</th><th class="task">Sản phẩm</th><th class="unit">Đơn vị</th><th class="date">Thời hạn</th><th>'
        yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status', _block_vars=_block_vars)))
        yield '</th></tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_products'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'title')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'unit_name')))
            yield '</td><td class="c">'
            yield escape(environment.finalize(t_6(environment.getattr(l_1_x, 'deadline'))))
            yield '</td><td>'
            yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(environment.getattr(l_1_x, 'state'), 'status'), _loop_vars=_loop_vars)))
            yield ' ('
            yield escape(environment.finalize(environment.getattr(l_1_x, 'value_text')))
            yield ')</td></tr>\n'
        l_1_loop = l_1_x = missing
        yield '</tbody>\n</table>\n'
    elif environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_year_unassigned'):
        pass
        yield '<p>Chưa có chỉ tiêu, nhiệm vụ năm '
        yield escape(environment.finalize((environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year') + 1)))
        yield ' trong hồ sơ.</p>\n'
    else:
        pass
        yield '<p>Không có sản phẩm đến hạn trong quý sau.</p>\n'

def block_signature(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_M = resolve('M')
    l_0_r = resolve('r')
    pass
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'signature'), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), _block_vars=_block_vars)))

blocks = {'title': block_title, 'doc_title': block_doc_title, 'content': block_content, 'signature': block_signature}
debug_info = '1=13&2=16&3=20&4=32&5=44&6=99&7=102&10=110&12=124&14=126&15=130&17=138&23=142&25=152&26=156&27=173&28=177&31=196&35=208&36=210&38=213&40=216&41=220&49=240&50=244&52=247&54=250&55=254&59=268&60=271&65=277'
