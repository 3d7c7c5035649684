# Compiled by jinja2 from songlo_targets/templates/tong-hop-tinh.html.j2 for html (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tong-hop-tinh.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_M = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'tong-hop-tinh.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_M = context.vars['M'] = environment.get_template('_macros.html.j2', 'tong-hop-tinh.html.j2')._get_default_module(context)
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
    yield 'Tổng hợp kết quả thực hiện nhiệm vụ năm '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'year')))
    yield ' của các xã, phường'

def block_sheet_class(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield ' landscape'

def block_doc_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    yield 'Tổng hợp kết quả thực hiện nhiệm vụ năm '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'year')))
    yield ' của các xã, phường'

def block_doc_sub(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    pass
    yield '<p class="doc-sub">(Số liệu của '
    yield escape(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'communes'))))
    yield ' đơn vị, tổng hợp ngày '
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of'))))
    yield ')</p>'

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
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
        t_3 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_4 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_2 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_t = environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'totals')
    _block_vars['t'] = l_0_t
    yield '<p>Tổng hợp từ dữ liệu do các xã, phường gửi lên'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'checkpoint'):
        pass
        yield ' (kỳ kiểm điểm gần nhất: ngày '
        yield escape(environment.finalize(t_2(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'checkpoint'))))
        yield '; đơn vị có số liệu trước ngày này được ghi “chưa cập nhật”)'
    yield ': tổng số '
    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'tasks'))))
    yield ' nhiệm vụ, đã hoàn thành '
    yield escape(environment.finalize(t_3((environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_on_time') + environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_late')))))
    yield ', đạt '
    yield escape(environment.finalize((t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'done_share')) if (not t_5(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'done_share'))) else '0%')))
    yield '.</p>\n\n<h2>I. KẾT QUẢ THEO ĐƠN VỊ</h2>\n<table>\n<thead><tr><th class="stt">STT</th>'
    for l_1_h in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'headers'):
        _loop_vars = {}
        pass
        yield '<th>'
        yield escape(environment.finalize(l_1_h))
        yield '</th>'
    l_1_h = missing
    yield '</tr></thead>\n<tbody>\n'
    l_1_loop = missing
    for l_1_row, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rows'), undefined):
        _loop_vars = {}
        pass
        yield '<tr><td class="c">'
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '</td>'
        l_2_loop = missing
        for l_2_x, l_2_loop in LoopContext(l_1_row, undefined):
            _loop_vars = {}
            pass
            yield '<td'
            if (environment.getattr(l_2_loop, 'index') in (3, 4, 5, 6, 7, 8, 9)):
                pass
                yield ' class="n"'
            yield '>'
            yield escape(environment.finalize(l_2_x))
            yield '</td>'
        l_2_loop = l_2_x = missing
        yield '</tr>\n'
    l_1_loop = l_1_row = missing
    yield '<tr class="total"><td></td><td>Tổng cộng</td><td></td><td class="n">'
    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'tasks'))))
    yield '</td><td class="n">'
    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_on_time'))))
    yield '</td><td class="n">'
    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_late'))))
    yield '</td><td class="n">'
    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'open'))))
    yield '</td><td class="n">'
    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'overdue'))))
    yield '</td><td class="n">'
    yield escape(environment.finalize((t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'done_share')) if (not t_5(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'done_share'))) else '')))
    yield '</td><td class="n">'
    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'stale'))))
    yield '</td><td></td><td></td></tr>\n</tbody>\n</table>\n\n<h2>II. KẾT QUẢ THEO LOẠI NHIỆM VỤ</h2>\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'categories'):
        pass
        yield '<table>\n<thead><tr><th class="stt">STT</th><th>'
        yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'categories', _block_vars=_block_vars)))
        yield '</th><th>Tổng số</th>'
        for l_1_b in context.call((undefined(name='keys') if l_0_keys is missing else l_0_keys), 'bucket', _block_vars=_block_vars):
            l_1_short = resolve('short')
            _loop_vars = {}
            pass
            yield '<th>'
            yield escape(environment.finalize(context.call((undefined(name='short') if l_1_short is missing else l_1_short), 'bucket', l_1_b, _loop_vars=_loop_vars)))
            yield '</th>'
        l_1_b = l_1_short = missing
        yield '</tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for (l_1_name, l_1_c), l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'categories'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '</td><td>'
            yield escape(environment.finalize(l_1_name))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_c, 'tasks'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_c, 'done_on_time'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_c, 'done_late'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_c, 'open'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_c, 'overdue'))))
            yield '</td></tr>\n'
        l_1_loop = l_1_name = l_1_c = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p>Không có nhiệm vụ nào được phân loại.</p>\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'rejected'):
        pass
        yield '<h2>III. DỮ LIỆU KHÔNG ĐƯA VÀO TỔNG HỢP ('
        yield escape(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'rejected'))))
        yield ')</h2>\n<table>\n<thead><tr><th class="stt">STT</th><th>Gói dữ liệu</th><th>Lý do</th></tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'rejected'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'bundle')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_x, 'reason')))
            yield '</td></tr>\n'
        l_1_loop = l_1_x = missing
        yield '</tbody>\n</table>\n'

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

blocks = {'title': block_title, 'sheet_class': block_sheet_class, 'doc_title': block_doc_title, 'doc_sub': block_doc_sub, 'content': block_content, 'signature': block_signature}
debug_info = '1=13&6=16&2=20&3=33&4=43&5=56&7=83&8=125&9=128&13=140&15=149&16=153&18=170&23=184&25=187&27=199&28=203&35=222&36=225&40=228&41=232&47=241'
