# Compiled by jinja2 from songlo_targets/templates/tong-hop.html.j2 for html (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tong-hop.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_M = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'tong-hop.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_M = context.vars['M'] = environment.get_template('_macros.html.j2', 'tong-hop.html.j2')._get_default_module(context)
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
    yield 'Báo cáo tổng hợp chỉ tiêu, nhiệm vụ năm '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))

def block_doc_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    yield 'Kết quả thực hiện chỉ tiêu, nhiệm vụ năm '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    yield '<br>của các cơ quan, đơn vị, địa phương'

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
        t_5 = environment.filters['unit']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'unit' found.")
    try:
        t_6 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    try:
        t_7 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    try:
        t_8 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_t = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'totals')
    _block_vars['t'] = l_0_t
    yield '<p>Thực hiện '
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision'):
        pass
        yield 'Quyết định số '
        yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision')))
        yield ' ngày '
        yield escape(environment.finalize(t_7(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'decision_date'))))
        yield ' về giao chỉ tiêu, nhiệm vụ năm '
        yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    else:
        pass
        yield 'việc giao chỉ tiêu, nhiệm vụ năm '
        yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    yield ', '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'name')))
    yield ' tổng hợp kết quả thực hiện của '
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'units'))))
    yield ' cơ quan, đơn vị, địa phương đến ngày '
    yield escape(environment.finalize(t_7(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of'))))
    yield ' như sau:</p>\n\n<h2>I. KẾT QUẢ CHUNG</h2>\n<h3>1. Theo tiến độ thực hiện</h3>\n<p>Tổng số '
    yield escape(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total')))
    yield ' chỉ tiêu, nhiệm vụ'
    if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'dropped'):
        pass
        yield ' (không tính '
        yield escape(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'dropped')))
        yield ' nhiệm vụ đã rút khỏi danh mục)'
    yield '; đã hoàn thành '
    yield escape(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done')))
    yield ', đạt '
    yield escape(environment.finalize((t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_share')) if (not t_8(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_share'))) else '0%')))
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
    yield '</td></tr>\n</tbody>\n</table>\n<p>'
    template = environment.get_template('_unfinished.j2', 'tong-hop.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'t': l_0_t}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</p>\n\n<h3>2. Theo nhóm việc</h3>\n<table>\n<thead><tr><th>Nhóm việc</th><th>Tổng số</th>'
    for l_1_b in context.call((undefined(name='keys') if l_0_keys is missing else l_0_keys), 'bucket', _block_vars=_block_vars):
        l_1_short = resolve('short')
        _loop_vars = {}
        pass
        yield '<th>'
        yield escape(environment.finalize(context.call((undefined(name='short') if l_1_short is missing else l_1_short), 'bucket', l_1_b, _loop_vars=_loop_vars)))
        yield '</th>'
    l_1_b = l_1_short = missing
    yield '<th>Tỷ lệ hoàn thành</th></tr></thead>\n<tbody>\n'
    for l_1_c in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'categories'):
        _loop_vars = {}
        pass
        yield '<tr><td>'
        yield escape(environment.finalize((environment.getattr(l_1_c, 'name') or 'Chưa xếp nhóm việc')))
        yield '</td><td class="n">'
        yield escape(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_c, 'counts'), 'total'))))
        yield '</td>'
        for (l_2_b, l_2_n) in context.call(environment.getattr(environment.getattr(l_1_c, 'counts'), 'buckets'), _loop_vars=_loop_vars):
            _loop_vars = {}
            pass
            yield '<td class="n">'
            yield escape(environment.finalize(t_2(l_2_n)))
            yield '</td>'
        l_2_b = l_2_n = missing
        yield '<td class="n">'
        yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_1_c, 'counts'), 'done_share'))))
        yield '</td></tr>\n'
    l_1_c = missing
    yield '</tbody>\n</table>\n<p class="note muted">Một nhiệm vụ thuộc nhiều nhóm việc được tính ở mỗi nhóm.</p>\n\n<h2>II. KẾT QUẢ THEO KHỐI VÀ ĐƠN VỊ</h2>\n'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'legend'), _block_vars=_block_vars)))
    yield '\n<table>\n<thead><tr><th>STT</th><th class="name">Đơn vị</th><th>Tổng số</th>'
    for l_1_b in context.call((undefined(name='keys') if l_0_keys is missing else l_0_keys), 'bucket', _block_vars=_block_vars):
        l_1_short = resolve('short')
        _loop_vars = {}
        pass
        yield '<th>'
        yield escape(environment.finalize(context.call((undefined(name='short') if l_1_short is missing else l_1_short), 'bucket', l_1_b, _loop_vars=_loop_vars)))
        yield '</th>'
    l_1_b = l_1_short = missing
    yield '<th>'
    yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'flag', 'stale', _block_vars=_block_vars)))
    yield '</th><th>Tỷ lệ hoàn thành</th></tr></thead>\n<tbody>\n'
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
        yield escape(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_g, 'counts'), 'stale'))))
        yield '</td><td class="bar">'
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'stack'), environment.getattr(l_1_g, 'counts'), 60, _loop_vars=_loop_vars)))
        yield ' '
        yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_1_g, 'counts'), 'done_share'))))
        yield '</td></tr>\n'
        l_2_loop = missing
        for l_2_u, l_2_loop in LoopContext(environment.getattr(l_1_g, 'units'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_2_loop, 'index')))
            yield '</td><td>'
            if environment.getattr(l_2_u, 'tasks'):
                pass
                yield '<a href="don-vi/'
                yield escape(environment.finalize(environment.getattr(l_2_u, 'id')))
                yield '.html">'
                yield escape(environment.finalize(environment.getattr(l_2_u, 'name')))
                yield '</a>'
            else:
                pass
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
            yield escape(environment.finalize(t_2(environment.getattr(environment.getattr(l_2_u, 'counts'), 'stale'))))
            yield '</td><td class="bar">'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'stack'), environment.getattr(l_2_u, 'counts'), 60, _loop_vars=_loop_vars)))
            yield ' '
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
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'stale'))))
    yield '</td><td class="bar">'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'stack'), (undefined(name='t') if l_0_t is missing else l_0_t), 60, _block_vars=_block_vars)))
    yield ' '
    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_share'))))
    yield '</td></tr>\n</tbody>\n</table>\n\n<h2>III. NHIỆM VỤ QUÁ HẠN VÀ CHẬM CẬP NHẬT</h2>\n<h3>1. '
    yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'bucket', 'overdue', _block_vars=_block_vars)))
    yield ' ('
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overdue'))))
    yield ')</h3>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overdue'):
        pass
        yield '<table>\n<thead><tr><th>STT</th><th class="task">Nhiệm vụ</th><th class="unit">Đơn vị</th><th class="date">Thời hạn</th><th>'
        yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status', _block_vars=_block_vars)))
        yield '</th><th class="sup">Người giám sát</th></tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overdue'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'task_cell'), l_1_x, _loop_vars=_loop_vars)))
            yield '</td><td><a href="don-vi/'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'unit')))
            yield '.html">'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'unit_name')))
            yield '</a></td><td class="c">'
            yield escape(environment.finalize(t_7(environment.getattr(l_1_x, 'deadline'))))
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
        yield '<p>Không có nhiệm vụ quá hạn.</p>\n'
    yield '<h3>2. Chậm cập nhật tiến độ ('
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'stale'))))
    yield ')</h3>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'stale'):
        pass
        yield '<table>\n<thead><tr><th>STT</th><th class="task">Nhiệm vụ</th><th class="unit">Đơn vị</th><th class="date">Thời hạn</th><th>Cập nhật gần nhất</th><th class="sup">Người giám sát</th></tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'stale'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'task_cell'), l_1_x, _loop_vars=_loop_vars)))
            yield '</td><td><a href="don-vi/'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'unit')))
            yield '.html">'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'unit_name')))
            yield '</a></td><td class="c">'
            yield escape(environment.finalize(t_7(environment.getattr(l_1_x, 'deadline'))))
            yield '</td><td class="c">'
            yield escape(environment.finalize((t_7(environment.getattr(environment.getattr(l_1_x, 'state'), 'last_update')) if environment.getattr(environment.getattr(l_1_x, 'state'), 'last_update') else 'Chưa báo cáo')))
            yield '</td><td>'
            yield escape(environment.finalize((environment.getattr(l_1_x, 'supervisor') or '')))
            yield '</td></tr>\n'
        l_1_loop = l_1_x = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p>Không có nhiệm vụ chậm cập nhật.</p>\n'
    yield '\n<h2>IV. NHIỆM VỤ CHUYỂN TIẾP</h2>\n<h3>1. Nhiệm vụ từ các năm trước chuyển sang ('
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'carried_in'))))
    yield ')</h3>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'carried_in'):
        pass
        yield '<table>\n<thead><tr><th>STT</th><th class="task">Nhiệm vụ</th><th class="unit">Đơn vị</th><th>Chuyển từ</th><th>'
        yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status', _block_vars=_block_vars)))
        yield '</th></tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'carried_in'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'task_cell'), l_1_x, _loop_vars=_loop_vars)))
            yield '</td><td><a href="don-vi/'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'unit')))
            yield '.html">'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'unit_name')))
            yield '</a></td><td>'
            yield escape(environment.finalize(t_6(environment.getattr(l_1_x, 'carried_from_text')[:1])))
            yield escape(environment.finalize(environment.getattr(l_1_x, 'carried_from_text')[1:]))
            yield '</td><td>'
            yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(environment.getattr(l_1_x, 'state'), 'status'), _loop_vars=_loop_vars)))
            yield '</td></tr>\n'
        l_1_loop = l_1_x = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p>Không có nhiệm vụ chuyển từ năm trước.</p>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'handed_in'):
        pass
        yield '<p><i>Tiếp nhận trong năm từ các đơn vị đã sắp xếp, hợp nhất ('
        yield escape(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'handed_in'))))
        yield ' nhiệm vụ):</i></p>\n<table>\n<thead><tr><th>STT</th><th class="task">Nhiệm vụ</th><th class="unit">Đơn vị</th><th>Chuyển từ</th><th>'
        yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status', _block_vars=_block_vars)))
        yield '</th></tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'handed_in'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'task_cell'), l_1_x, _loop_vars=_loop_vars)))
            yield '</td><td><a href="don-vi/'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'unit')))
            yield '.html">'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'unit_name')))
            yield '</a></td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'carried_from_text')))
            yield '</td><td>'
            yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(environment.getattr(l_1_x, 'state'), 'status'), _loop_vars=_loop_vars)))
            yield '</td></tr>\n'
        l_1_loop = l_1_x = missing
        yield '</tbody>\n</table>\n'
    yield '<h3>2. Nhiệm vụ chưa hoàn thành, tiếp tục thực hiện ('
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'carry_on'))))
    yield ')</h3>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'carry_on'):
        pass
        yield '<table>\n<thead><tr><th>STT</th><th class="task">Nhiệm vụ</th><th class="unit">Đơn vị</th><th class="date">Thời hạn</th><th>'
        yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status', _block_vars=_block_vars)))
        yield '</th><th>Chuyển sang năm '
        yield escape(environment.finalize((environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year') + 1)))
        yield '</th></tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'carry_on'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'task_cell'), l_1_x, _loop_vars=_loop_vars)))
            yield '</td><td><a href="don-vi/'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'unit')))
            yield '.html">'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'unit_name')))
            yield '</a></td><td class="c">'
            yield escape(environment.finalize(t_7(environment.getattr(l_1_x, 'deadline'))))
            yield '</td><td>'
            yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(environment.getattr(l_1_x, 'state'), 'status'), _loop_vars=_loop_vars)))
            yield ' ('
            yield escape(environment.finalize(environment.getattr(l_1_x, 'value_text')))
            yield ')</td><td class="c">'
            yield escape(environment.finalize(('Đã chuyển' if environment.getattr(l_1_x, 'carried_to') else 'Chưa chuyển')))
            yield '</td></tr>\n'
        l_1_loop = l_1_x = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p>Tất cả nhiệm vụ đã hoàn thành.</p>\n'
    yield '\n<h2>V. CÁC MỤC TIÊU CỦA HUYỆN</h2>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'goals'):
        pass
        yield '<table>\n<thead><tr><th>STT</th><th>Mục tiêu</th><th>Chỉ tiêu của huyện</th><th>Tổng giao các đơn vị</th><th>Đạt được</th><th>Tỷ lệ</th><th>Số nhiệm vụ (đã HT)</th></tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_g, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'goals'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_g, 'name')))
            yield '</td>'
            if environment.getattr(l_1_g, 'measure'):
                pass
                yield '<td class="n">'
                yield escape(environment.finalize(t_5(t_2(environment.getattr(environment.getattr(l_1_g, 'measure'), 'target')), environment.getattr(environment.getattr(l_1_g, 'measure'), 'unit'))))
                yield '</td><td class="n">'
                yield escape(environment.finalize(t_5(t_2(environment.getattr(l_1_g, 'assigned')), environment.getattr(environment.getattr(l_1_g, 'measure'), 'unit'))))
                yield '</td><td class="n">'
                yield escape(environment.finalize(t_5(t_2(environment.getattr(l_1_g, 'achieved')), environment.getattr(environment.getattr(l_1_g, 'measure'), 'unit'))))
                yield '</td><td class="bar">'
                if (not t_8(environment.getattr(l_1_g, 'share'))):
                    pass
                    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'bar'), environment.getattr(l_1_g, 'share'), 50, _loop_vars=_loop_vars)))
                    yield ' '
                    yield escape(environment.finalize(t_3(environment.getattr(l_1_g, 'share'))))
                    yield escape(environment.finalize((' ✓' if environment.getattr(l_1_g, 'reached') else cond_expr_undefined("the inline if-expression on line 122 in 'tong-hop.html.j2' evaluated to false and no else section was defined."))))
                else:
                    pass
                    yield escape(environment.finalize(('Đạt ✓' if environment.getattr(l_1_g, 'reached') else 'Chưa đạt')))
                yield '</td>'
            else:
                pass
                yield '<td class="c">—</td><td class="c">—</td><td class="c">—</td><td class="bar">'
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'bar'), environment.getattr(environment.getattr(l_1_g, 'counts'), 'done_share'), 50, _loop_vars=_loop_vars)))
                yield ' '
                yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_1_g, 'counts'), 'done_share'))))
                yield '</td>'
            yield '<td class="c">'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_g, 'counts'), 'total')))
            yield ' ('
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_g, 'counts'), 'done')))
            yield ')</td></tr>\n'
        l_1_loop = l_1_g = missing
        yield '</tbody>\n</table>\n<p class="note muted">Cộng giá trị các chỉ tiêu của đơn vị có cùng đơn vị tính với mục tiêu; với mục tiêu không có chỉ tiêu định lượng, tỷ lệ là tỷ lệ nhiệm vụ đã hoàn thành; với mục tiêu càng thấp càng tốt (như tỷ lệ hộ nghèo), ghi đạt hay chưa đạt.</p>\n'
    else:
        pass
        yield '<p>Năm '
        yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
        yield ' không đặt mục tiêu chung của huyện.</p>\n'
    yield '\n<h2>VI. GIÁM SÁT</h2>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'supervisors'):
        pass
        yield '<table>\n<thead><tr><th>STT</th><th>Người giám sát</th><th>Đơn vị được phân công</th><th>Số nhiệm vụ</th><th>Đã hoàn thành</th><th>Quá hạn</th></tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_s, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'supervisors'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '</td><td><b>'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'name')))
            yield '</b>'
            if (environment.getattr(l_1_s, 'title') and (environment.getattr(l_1_s, 'title') != environment.getattr(l_1_s, 'name'))):
                pass
                yield '<br><span class="muted">'
                yield escape(environment.finalize(environment.getattr(l_1_s, 'title')))
                yield '</span>'
            yield '</td><td>'
            l_2_loop = missing
            for l_2_u, l_2_loop in LoopContext(environment.getattr(l_1_s, 'units'), undefined):
                _loop_vars = {}
                pass
                yield escape(environment.finalize(environment.getattr(l_2_u, 'name')))
                yield escape(environment.finalize((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 137 in 'tong-hop.html.j2' evaluated to false and no else section was defined."))))
            l_2_loop = l_2_u = missing
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_s, 'counts'), 'total'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_s, 'counts'), 'done'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_s, 'counts'), 'overdue'))))
            yield '</td></tr>\n'
        l_1_loop = l_1_s = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p>Chưa phân công giám sát.</p>\n'

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
debug_info = '1=13&2=16&3=20&4=32&5=45&6=106&7=109&11=128&13=142&15=144&16=148&18=156&21=160&25=167&27=176&28=180&35=196&37=198&39=210&40=214&41=235&42=239&45=271&50=287&51=291&53=294&55=297&56=301&63=323&64=325&68=329&69=333&78=353&79=355&81=358&83=361&84=365&91=383&92=386&94=388&96=391&97=395&102=410&103=412&105=415&107=420&108=424&117=446&121=450&122=454&128=494&132=497&136=501&137=505&145=535'
